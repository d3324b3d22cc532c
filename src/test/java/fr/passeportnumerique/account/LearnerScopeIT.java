package fr.passeportnumerique.account;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Staff of the Lyon point, the Auvergne-Rhône-Alpes supervisor and an administrator ask for a learner of Lyon and
 * a learner of Rennes, by service and by address: each sees exactly whom they follow (no IDOR).
 */
@IntegrationTest
class LearnerScopeIT {

    private static final String STAFF = "accueil@example.org";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    WelcomePointService welcomePoints;

    @Autowired
    LearnerDirectory directory;

    @Autowired
    JdbcTemplate jdbc;

    private long lyonLearner;
    private long rennesLearner;

    @BeforeEach
    void oneLearnerInLyonAndOneInRennes() {
        lyonLearner =
                jdbc.queryForObject("select id from user_account where email = 'apprenant@example.org'", Long.class);
        String email = "yann-" + UUID.randomUUID() + "@creperie-exemple.fr";
        rennesLearner = accounts.register(new Registration(
                "Yann Exemple", email, "Galette-Cidre-Bolee-35", RegistrationRulesTest.company(), null));
        long rennesPoint = welcomePoints.search("35000").getFirst().id();
        as(email, AppRoles.LEARNER, () -> welcomePoints.join(rennesPoint));
    }

    @Test
    void welcome_point_staff_see_their_points_learners_only() {
        assertThat(as(STAFF, AppRoles.WELCOME_STAFF, () -> directory.learner(lyonLearner)))
                .isPresent();
        assertThat(as(STAFF, AppRoles.WELCOME_STAFF, () -> directory.learner(rennesLearner)))
                .isEmpty();
        assertThat(as(STAFF, AppRoles.WELCOME_STAFF, () -> directory.myLearners()))
                .extracting(AccountSummary::id)
                .contains(lyonLearner)
                .doesNotContain(rennesLearner);
    }

    @Test
    void a_regional_supervisor_sees_the_learners_of_their_region_only() {
        String supervisor = "superviseur@example.org";
        assertThat(as(supervisor, AppRoles.REGIONAL_SUPERVISOR, () -> directory.learner(lyonLearner)))
                .isPresent();
        assertThat(as(supervisor, AppRoles.REGIONAL_SUPERVISOR, () -> directory.learner(rennesLearner)))
                .isEmpty();
    }

    @Test
    void an_administrator_sees_every_learner_and_each_look_is_audited() {
        long before = lookups(rennesLearner);

        assertThat(as("admin@example.org", AppRoles.ADMIN, () -> directory.learner(rennesLearner)))
                .isPresent();

        assertThat(lookups(rennesLearner)).isEqualTo(before + 1);
    }

    @Test
    void by_address_staff_get_not_found_for_another_points_learner() {
        SiteClient site = new SiteClient(port);
        site.signIn(STAFF, DemoData.PASSWORD);

        assertThat(site.status("/accueil/apprenants/" + lyonLearner)).isEqualTo(200);
        assertThat(site.status("/accueil/apprenants/" + rennesLearner)).isEqualTo(404);
        assertThat(site.status("/accueil/apprenants/999999999")).isEqualTo(404);
        assertThat(site.status("/accueil/apprenants/abc")).isEqualTo(404);
    }

    private long lookups(long learner) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'LEARNER_VIEWED' and subject_account_id = ?",
                Long.class,
                learner);
    }
}
