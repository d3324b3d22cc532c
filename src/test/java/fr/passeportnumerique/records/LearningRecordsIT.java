package fr.passeportnumerique.records;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.account.PersonalDataService;
import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.learning.LearningService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The statements of a learner's progress, as a Learning Record Store (WireMock) receives them. */
@IntegrationTest
@TestPropertySource(
        properties = {
            "passeport.xapi.enabled=true",
            "passeport.xapi.key=lrs-key",
            "passeport.xapi.secret=lrs-secret",
            "passeport.xapi.actor-secret=actor-secret-of-the-test",
            "passeport.xapi.max-attempts=3",
            "passeport.xapi.retry-interval=P1D"
        })
class LearningRecordsIT {

    private static final String STATEMENTS = "/xapi/statements";
    private static final WireMockServer LRS = start();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationContext context;

    @Autowired
    LearningService learning;

    @Autowired
    StatementRetry retry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    PasseportProperties site;

    private SignedInLearner learner;

    private static WireMockServer start() {
        WireMockServer server =
                new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void lrs(DynamicPropertyRegistry properties) {
        properties.add("passeport.xapi.endpoint", () -> LRS.baseUrl() + "/xapi/");
    }

    @BeforeEach
    void anLrsThatTakesEverythingAndANewLearner() {
        LRS.resetAll();
        LRS.stubFor(post(urlEqualTo(STATEMENTS))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        learner = SignedInLearner.register(context, "xapi");
    }

    @Test
    void a_completed_lesson_reaches_the_lrs_under_an_opaque_name_with_the_xapi_headers() {
        learner.does(() -> learning.completeLesson("cybersecurite", "mots-de-passe"));
        firstTriesDone();

        List<JsonNode> received = receivedForLearner();
        assertThat(received).singleElement().satisfies(statement -> {
            assertThat(statement.at("/verb/id").asString()).isEqualTo(StatementBuilder.COMPLETED);
            assertThat(statement.at("/object/id").asString())
                    .isEqualTo(site.publicUrl() + "modules/cybersecurite/mots-de-passe");
            assertThat(statement.at("/actor/account/homePage").asString()).isEqualTo(site.publicUrl());
            assertThat(statement.toString()).doesNotContain(learner.email());
        });
        LRS.verify(postRequestedFor(urlEqualTo(STATEMENTS))
                .withHeader("X-Experience-API-Version", equalTo("1.0.3"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withBasicAuth(new BasicCredentials("lrs-key", "lrs-secret")));
        assertThat(row("sent_at is not null")).isEqualTo(1);
    }

    @Test
    void a_passed_quiz_is_answered_with_its_score_then_passed_and_the_stamp_completes_the_module() {
        learner.readsAllLessons("premiers-pas");
        learner.passesQuiz("premiers-pas");
        firstTriesDone();

        Map<String, JsonNode> quizAndModule = receivedForLearner().stream()
                .filter(statement ->
                        !statement.at("/object/definition/type").asString().equals(StatementBuilder.LESSON))
                .collect(java.util.stream.Collectors.toMap(s -> s.at("/verb/id").asString(), s -> s));
        assertThat(quizAndModule)
                .containsOnlyKeys(StatementBuilder.ANSWERED, StatementBuilder.PASSED, StatementBuilder.COMPLETED);
        JsonNode answered = quizAndModule.get(StatementBuilder.ANSWERED);
        assertThat(answered.at("/object/id").asString()).isEqualTo(site.publicUrl() + "modules/premiers-pas/quiz");
        assertThat(answered.at("/result/score/scaled").asDouble()).isEqualTo(1.0);
        JsonNode passed = quizAndModule.get(StatementBuilder.PASSED);
        assertThat(passed.at("/result/success").asBoolean()).isTrue();
        assertThat(passed.get("id").asString()).isNotEqualTo(answered.get("id").asString());
        JsonNode stamp = quizAndModule.get(StatementBuilder.COMPLETED);
        assertThat(stamp.at("/object/id").asString()).isEqualTo(site.publicUrl() + "modules/premiers-pas");
        assertThat(stamp.at("/object/definition/type").asString()).isEqualTo(StatementBuilder.MODULE);
    }

    @Test
    void the_statements_are_in_the_learners_export_and_go_with_their_account() {
        learner.does(() -> learning.completeLesson("cybersecurite", "mots-de-passe"));
        firstTriesDone();

        String export = new String(learner.does(() -> personalData.exportMyData()), StandardCharsets.UTF_8);
        assertThat(export)
                .contains("\"learningRecords\"")
                .contains("statementId")
                .contains("modules/cybersecurite/mots-de-passe");

        long id = accountId();
        learner.does(() -> personalData.deleteMyAccount());
        assertThat(jdbc.queryForObject(
                        "select count(*) from xapi_statement_outbox where account_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void a_refusal_then_an_acceptance_delivers_the_statement_once_under_the_same_id() {
        LRS.resetAll();
        LRS.stubFor(post(urlEqualTo(STATEMENTS))
                .inScenario("lrs")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("back"));
        LRS.stubFor(post(urlEqualTo(STATEMENTS))
                .inScenario("lrs")
                .whenScenarioStateIs("back")
                .willReturn(aResponse().withStatus(200).withBody("[]")));

        learner.does(() -> learning.completeLesson("cybersecurite", "mots-de-passe"));
        firstTriesDone();
        assertThat(row("sent_at is null and failed_at is null and delivery_attempts = 1"))
                .isEqualTo(1);
        retry.deliverDue(Instant.now().plus(Duration.ofHours(1)));
        retry.deliverDue(Instant.now().plus(Duration.ofHours(2)));

        List<JsonNode> received = receivedForLearner();
        assertThat(received).hasSize(2);
        assertThat(received)
                .extracting(s -> s.get("id").asString())
                .containsOnly(received.get(0).get("id").asString());
        assertThat(row("sent_at is not null and delivery_attempts = 2")).isEqualTo(1);
    }

    @Test
    void an_lrs_down_for_good_is_given_up_after_the_last_try_and_the_failure_kept() {
        LRS.resetAll();
        LRS.stubFor(post(urlEqualTo(STATEMENTS)).willReturn(aResponse().withStatus(503)));

        learner.does(() -> learning.completeLesson("cybersecurite", "mots-de-passe"));
        firstTriesDone();
        for (int hours = 1; hours <= 5; hours++) {
            retry.deliverDue(Instant.now().plus(Duration.ofHours(hours)));
        }

        assertThat(receivedForLearner()).hasSize(3);
        assertThat(row("sent_at is null and failed_at is not null and last_error = 'HTTP 503'"))
                .isEqualTo(1);
    }

    @Test
    void an_lrs_that_does_not_answer_in_time_gets_the_statement_again_later() {
        LRS.resetAll();
        LRS.stubFor(post(urlEqualTo(STATEMENTS))
                .willReturn(aResponse().withStatus(200).withBody("[]").withFixedDelay(7_000)));

        learner.does(() -> learning.completeLesson("cybersecurite", "mots-de-passe"));
        firstTriesDone();
        assertThat(row("sent_at is null and failed_at is null and last_error like 'No answer%'"))
                .isEqualTo(1);
        LRS.resetAll();
        LRS.stubFor(post(urlEqualTo(STATEMENTS))
                .willReturn(aResponse().withStatus(200).withBody("[]")));
        retry.deliverDue(Instant.now().plus(Duration.ofHours(1)));

        assertThat(row("sent_at is not null and delivery_attempts = 2")).isEqualTo(1);
    }

    @Test
    void a_statement_the_lrs_rejects_is_given_up_at_once() {
        LRS.resetAll();
        LRS.stubFor(post(urlEqualTo(STATEMENTS)).willReturn(aResponse().withStatus(400)));

        learner.does(() -> learning.completeLesson("cybersecurite", "mots-de-passe"));
        firstTriesDone();
        retry.deliverDue(Instant.now().plus(Duration.ofHours(1)));

        assertThat(receivedForLearner()).hasSize(1);
        assertThat(row("failed_at is not null and delivery_attempts = 1 and last_error = 'HTTP 400'"))
                .isEqualTo(1);
    }

    /** Statements are sent on a thread of their own after the commit: waits until each has had its first try. */
    private void firstTriesDone() {
        Instant until = Instant.now().plusSeconds(30);
        while (row("sent_at is null and failed_at is null"
                        + " and (delivery_attempts = 0 or delivery_claimed_until is not null)")
                > 0) {
            assertThat(Instant.now()).as("first tries done in time").isBefore(until);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private long accountId() {
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, learner.email());
    }

    private long row(String condition) {
        return jdbc.queryForObject(
                "select count(*) from xapi_statement_outbox where account_id = ? and " + condition,
                Long.class,
                accountId());
    }

    private List<JsonNode> receivedForLearner() {
        String name = new LearnerPseudonym("actor-secret-of-the-test").of(accountId());
        return LRS.findAll(postRequestedFor(urlEqualTo(STATEMENTS))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString()))
                .filter(statement ->
                        statement.at("/actor/account/name").asString().equals(name))
                .toList();
    }
}
