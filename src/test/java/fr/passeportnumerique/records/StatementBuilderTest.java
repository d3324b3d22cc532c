package fr.passeportnumerique.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StatementBuilderTest {

    private static final Instant AT = Instant.parse("2026-12-06T10:15:30Z");
    private final StatementBuilder build = new StatementBuilder("https://passeport.example");
    private final StatementBuilder.Activity module = build.module("cybersecurite", "Cybersécurité");

    @Test
    void a_completed_lesson_names_the_learner_by_an_account_of_the_site_and_the_lesson_by_its_address() {
        UUID id = UUID.randomUUID();
        JsonNode statement = build.lessonCompleted(
                id, "abc123", build.lesson("cybersecurite", "mots-de-passe", "Mots de passe"), module, AT);

        assertThat(statement.get("id").asString()).isEqualTo(id.toString());
        assertThat(statement.at("/actor/objectType").asString()).isEqualTo("Agent");
        assertThat(statement.at("/actor/account/homePage").asString()).isEqualTo("https://passeport.example/");
        assertThat(statement.at("/actor/account/name").asString()).isEqualTo("abc123");
        assertThat(statement.get("actor").has("mbox")).isFalse();
        assertThat(statement.get("actor").has("name")).isFalse();
        assertThat(statement.at("/verb/id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(statement.at("/object/id").asString())
                .isEqualTo("https://passeport.example/modules/cybersecurite/mots-de-passe");
        assertThat(statement.at("/object/definition/type").asString())
                .isEqualTo("http://adlnet.gov/expapi/activities/lesson");
        assertThat(statement.at("/object/definition/name/fr-FR").asString()).isEqualTo("Mots de passe");
        assertThat(statement.at("/result/completion").asBoolean()).isTrue();
        assertThat(statement.get("timestamp").asString()).isEqualTo("2026-12-06T10:15:30Z");
        assertThat(statement.at("/context/platform").asString()).isEqualTo("Passeport numérique");
        assertThat(statement.at("/context/language").asString()).isEqualTo("fr-FR");
        assertThat(statement.at("/context/contextActivities/parent/0/id").asString())
                .isEqualTo("https://passeport.example/modules/cybersecurite");
        assertThat(statement.at("/context/contextActivities/grouping/0/id").asString())
                .isEqualTo("https://passeport.example/passeport");
    }

    @Test
    void a_graded_attempt_is_answered_with_its_score_then_passed_or_failed() {
        StatementBuilder.Activity quiz = build.quiz("cybersecurite", "Cybersécurité");

        JsonNode answered = build.quizAnswered(UUID.randomUUID(), "abc123", quiz, module, 75, AT);
        JsonNode failed = build.quizJudged(UUID.randomUUID(), "abc123", quiz, module, 40, false, AT);
        JsonNode passed = build.quizJudged(UUID.randomUUID(), "abc123", quiz, module, 75, true, AT);

        assertThat(answered.at("/verb/id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
        assertThat(answered.at("/object/id").asString())
                .isEqualTo("https://passeport.example/modules/cybersecurite/quiz");
        assertThat(answered.at("/object/definition/type").asString())
                .isEqualTo("http://adlnet.gov/expapi/activities/assessment");
        assertThat(answered.at("/result/score/scaled").asDouble()).isEqualTo(0.75);
        assertThat(answered.at("/result/score/raw").asInt()).isEqualTo(75);
        assertThat(answered.at("/result").has("success")).isFalse();
        assertThat(failed.at("/verb/id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
        assertThat(failed.at("/result/success").asBoolean()).isFalse();
        assertThat(failed.at("/result/score/scaled").asDouble()).isEqualTo(0.4);
        assertThat(passed.at("/verb/id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
        assertThat(passed.at("/result/success").asBoolean()).isTrue();
    }

    @Test
    void a_stamp_completes_the_module_and_graduation_completes_the_passport() {
        JsonNode stamp = build.moduleStamped(UUID.randomUUID(), "abc123", module, AT);
        JsonNode graduation = build.graduated(UUID.randomUUID(), "abc123", AT);

        assertThat(stamp.at("/verb/id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(stamp.at("/object/id").asString()).isEqualTo("https://passeport.example/modules/cybersecurite");
        assertThat(stamp.at("/object/definition/type").asString())
                .isEqualTo("http://adlnet.gov/expapi/activities/module");
        assertThat(stamp.at("/result/success").asBoolean()).isTrue();
        assertThat(graduation.at("/object/id").asString()).isEqualTo("https://passeport.example/passeport");
        assertThat(graduation.at("/object/definition/type").asString())
                .isEqualTo("http://adlnet.gov/expapi/activities/course");
        assertThat(graduation.at("/result/completion").asBoolean()).isTrue();
    }

    @Test
    void the_pseudonym_is_stable_for_one_secret_and_tells_nothing_without_it() {
        LearnerPseudonym pseudonym = new LearnerPseudonym("secret-of-the-region");

        assertThat(pseudonym.of(42)).isEqualTo(pseudonym.of(42)).hasSize(64).doesNotContain("42");
        assertThat(pseudonym.of(43)).isNotEqualTo(pseudonym.of(42));
        assertThat(new LearnerPseudonym("another-secret").of(42)).isNotEqualTo(pseudonym.of(42));
    }
}
