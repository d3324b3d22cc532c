package fr.passeportnumerique.handoff;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.AtOnce;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestGraduates;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** One learner sending from several tabs at the same moment: the sends take turns on the learner's account. */
@IntegrationTest
class HandoffSendTurnsIT {

    @Autowired
    HandoffService handoff;

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void four_sends_at_once_leave_three_open_requests_and_refuse_the_fourth() {
        String graduate = TestLearners.register(accounts, "onglets");
        TestGraduates.graduate(jdbc, curriculum, graduate);
        List<Long> experts = jdbc.queryForList(
                "select e.id from expert e where e.remote = true and e.account_id is null and e.suspended = false"
                        + " and e.accredited_until >= current_date and e.accredited_from <= current_date"
                        + " and e.capacity_per_month >= 5 order by e.id limit 4",
                Long.class);
        assertThat(experts).hasSize(4);

        List<Supplier<String>> sends = experts.stream()
                .map(expert -> (Supplier<String>) () -> sendTo(graduate, expert))
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

    private String sendTo(String learner, long expert) {
        HandoffChoice choice =
                new HandoffChoice(List.of(new HandoffChoice.Pick(expert, Optional.empty())), Optional.empty(), true);
        try {
            as(learner, AppRoles.LEARNER, () -> handoff.send(choice));
            return "sent";
        } catch (HandoffException refused) {
            return refused.messageKey();
        }
    }
}
