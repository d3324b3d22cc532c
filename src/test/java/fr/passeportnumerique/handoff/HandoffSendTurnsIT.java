package fr.passeportnumerique.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.AtOnce;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** One learner sending from several tabs at the same moment: the sends take turns on the learner's account. */
class HandoffSendTurnsIT extends GraduateAndLocalExperts {

    @Test
    void four_sends_at_once_leave_three_open_requests_and_refuse_the_fourth() {
        List<Long> experts = jdbc.queryForList(
                "select e.id from expert e where e.remote = true and e.account_id is null and e.suspended = false"
                        + " and e.accredited_until >= current_date and e.accredited_from <= current_date"
                        + " and e.capacity_per_month >= 5 order by e.id limit 4",
                Long.class);
        assertThat(experts).hasSize(4);

        List<Supplier<String>> sends = experts.stream()
                .map(expert -> (Supplier<String>) () -> sendTo(expert))
                .toList();
        List<String> outcomes = AtOnce.run(sends);

        assertThat(outcomes)
                .containsOnlyOnce("handoff.error.too-many-open")
                .filteredOn("sent"::equals)
                .hasSize(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from handoff_request h join user_account a on a.id = h.account_id"
                                + " where a.email = ?",
                        Integer.class,
                        graduate))
                .isEqualTo(3);
    }

    private String sendTo(long expert) {
        try {
            send(graduate, to(expert));
            return "sent";
        } catch (HandoffException refused) {
            return refused.messageKey();
        }
    }
}
