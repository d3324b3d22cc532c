package fr.passeportnumerique.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.DemoAccounts;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Requests a browser would never send, and pages for people in unusual states: an ordinary answer, no trace. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedRequestsIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private SiteClient site;

    @BeforeEach
    void openSite() {
        site = new SiteClient(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/recherche?q=%C3%28", "/recherche?q=%FF", "/?q=%C3%28", "/api/search?q=%FF"})
    void malformed_utf8_in_a_query_string_is_a_bad_request_logged_in_one_line(String path, CapturedOutput output) {
        int logged = output.getAll().length();

        HttpResponse<String> answer = site.get(path);

        assertThat(answer.statusCode()).as(path).isEqualTo(400);
        String log = output.getAll().substring(logged);
        assertThat(log).as(path).doesNotContain("\tat ", "ERROR");
        assertThat(log.lines().filter(line -> line.contains("malformed")))
                .as(path)
                .hasSize(1);
    }

    @Test
    void an_administrator_sees_the_file_of_a_learner_without_a_welcome_point(CapturedOutput output) {
        long learner = jdbc.queryForObject(
                "select id from user_account where email = ?",
                Long.class,
                TestLearners.register(accounts, "sans-point"));
        site.signIn("admin@example.org", DemoAccounts.PASSWORD);
        int logged = output.getAll().length();

        for (String path :
                new String[] {"/accueil/apprenants/" + learner, "/accueil/tableau-de-bord/apprenant/" + learner}) {
            HttpResponse<String> answer = site.get(path);
            assertThat(answer.statusCode()).as(path).isLessThan(500);
            assertThat(answer.body()).as(path).doesNotContain("Exception").contains("sans-point Exemple");
        }
        assertThat(output.getAll().substring(logged)).doesNotContain("\tat ");
    }
}
