package fr.passeportnumerique.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.PasswordResetService;
import fr.passeportnumerique.quiz.QuizService;
import fr.passeportnumerique.search.SearchRequest;
import fr.passeportnumerique.search.SearchService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health groups for orchestrators, metrics for monitoring, a request id in every response, no personal data logged. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    QuizService quizzes;

    @Autowired
    SearchService search;

    @Autowired
    PasswordResetService resets;

    @Test
    void readiness_covers_the_database_and_the_search_index_and_liveness_answers() {
        SiteClient site = new SiteClient(port);

        HttpResponse<String> readiness = site.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"searchIndex\"");
        assertThat(site.status("/actuator/health/liveness")).isEqualTo(200);
    }

    @Test
    void quiz_submissions_searches_and_requests_are_counted_in_prometheus_format() {
        String learner = TestLearners.register(accounts, "mesure");
        SignedIn.as(
                learner,
                AppRoles.LEARNER,
                () -> quizzes.submit(quizzes.start("premiers-pas").attemptId(), Map.of()));
        SignedIn.as(learner, AppRoles.LEARNER, () -> search.search(SearchRequest.of("facture", 5)));
        SiteClient site = new SiteClient(port);
        site.get("/");

        HttpResponse<String> metrics = site.get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("passeport_quiz_submissions_total{")
                .contains("outcome=\"failed\"")
                .contains("passeport_search_latency_seconds_count")
                .contains("passeport_vaadin_sessions")
                .contains("http_server_requests_seconds_count");
    }

    @Test
    void every_response_carries_a_request_id_and_a_proxys_well_formed_one_is_kept() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Void> plain = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> given = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .header(RequestIdFilter.HEADER, "proxy-1234abcd")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> forged = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .header(RequestIdFilter.HEADER, "<script>alert(1)</script>")
                        .build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(plain.headers().firstValue(RequestIdFilter.HEADER))
                .hasValueSatisfying(id -> assertThat(id).hasSize(13));
        assertThat(given.headers().firstValue(RequestIdFilter.HEADER)).hasValue("proxy-1234abcd");
        assertThat(forged.headers().firstValue(RequestIdFilter.HEADER))
                .hasValueSatisfying(id -> assertThat(id).doesNotContain("<"));
    }

    @Test
    void a_mail_kept_in_the_outbox_is_logged_without_its_address_nor_its_text(CapturedOutput output) {
        String learner = TestLearners.register(accounts, "discret");

        resets.requestReset(learner, Locale.FRENCH);

        assertThat(output.getAll()).contains("kept in the outbox").doesNotContain(learner);
    }
}
