package fr.passeportnumerique.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Staff of the Lyon point, the Auvergne-Rhône-Alpes supervisor and an administrator ask for a learner of Lyon and
 * a learner of Rennes, by service and by address: each sees exactly whom they follow (no IDOR).
 */
@IntegrationTest
class LearnerScopeIT {

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

    private <T> T as(String email, String role, java.util.function.Supplier<T> call) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        email, null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void as(String email, String role, Runnable call) {
        as(email, role, () -> {
            call.run();
            return null;
        });
    }

    @Test
    void welcome_point_staff_see_their_points_learners_only() {
        String staff = "accueil@example.org";
        assertThat(as(staff, AppRoles.WELCOME_STAFF, () -> directory.learner(lyonLearner)))
                .isPresent();
        assertThat(as(staff, AppRoles.WELCOME_STAFF, () -> directory.learner(rennesLearner)))
                .isEmpty();
        assertThat(as(staff, AppRoles.WELCOME_STAFF, () -> directory.myLearners()))
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
        long before = jdbc.queryForObject(
                "select count(*) from audit_event where action = 'LEARNER_VIEWED' and subject_account_id = ?",
                Long.class,
                rennesLearner);

        assertThat(as("admin@example.org", AppRoles.ADMIN, () -> directory.learner(rennesLearner)))
                .isPresent();

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'LEARNER_VIEWED' and subject_account_id = ?",
                        Long.class,
                        rennesLearner))
                .isEqualTo(before + 1);
    }

    @Test
    void by_address_staff_get_not_found_for_another_points_learner() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = "username=" + URLEncoder.encode("accueil@example.org", StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8);
        browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/connexion"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(status(browser, "/accueil/apprenants/" + lyonLearner)).isEqualTo(200);
        assertThat(status(browser, "/accueil/apprenants/" + rennesLearner)).isEqualTo(404);
        assertThat(status(browser, "/accueil/apprenants/999999999")).isEqualTo(404);
        assertThat(status(browser, "/accueil/apprenants/abc")).isEqualTo(404);
    }

    private int status(HttpClient browser, String path) throws Exception {
        return browser.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
