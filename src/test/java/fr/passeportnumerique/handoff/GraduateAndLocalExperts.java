package fr.passeportnumerique.handoff;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestGraduates;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hand-off against MariaDB, from where each of its tests starts: no request anywhere, a new graduate, and at least
 * two accredited experts of the graduate's département free of any test account.
 */
@IntegrationTest
abstract class GraduateAndLocalExperts {

    /** Test learners' businesses are in Maine-et-Loire. */
    static final String DEPARTEMENT = "49";

    @Autowired
    HandoffService handoff;

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    JdbcTemplate jdbc;

    String graduate;
    List<Long> localExperts;

    @BeforeEach
    void aGraduateAndTheExpertsOfTheirDepartement() {
        // Each test starts from no request and every expert free of a test account.
        jdbc.update("delete from handoff_request");
        jdbc.update("update expert set account_id = null where account_id in"
                + " (select id from user_account where email like 'expert-%@entreprise-exemple.fr')");
        graduate = TestLearners.register(accounts, "gaelle");
        TestGraduates.graduate(jdbc, curriculum, graduate);
        localExperts = jdbc.queryForList(
                "select e.id from expert e join expert_departement d on d.expert_id = e.id"
                        + " where d.departement_code = ? and e.account_id is null and e.suspended = false"
                        + " and e.accredited_until >= current_date and e.accredited_from <= current_date"
                        + " and e.capacity_per_month >= 2 order by e.id",
                Long.class,
                DEPARTEMENT);
        assertThat(localExperts).hasSizeGreaterThanOrEqualTo(2);
    }

    List<Long> send(String learner, HandoffChoice choice) {
        return as(learner, AppRoles.LEARNER, () -> handoff.send(choice));
    }

    static HandoffChoice to(long expertId) {
        return new HandoffChoice(List.of(new HandoffChoice.Pick(expertId, Optional.empty())), Optional.empty(), true);
    }

    /** Links a new account to the expert and returns the address to act as them. */
    String runBy(long expertId) {
        String email = TestLearners.register(accounts, "expert");
        long account = TestLearners.accountId(jdbc, email);
        jdbc.update("update expert set account_id = ? where id = ?", account, expertId);
        return email;
    }

    HandoffStatus statusOf(long requestId) {
        return HandoffStatus.valueOf(
                jdbc.queryForObject("select status from handoff_request where id = ?", String.class, requestId));
    }
}
