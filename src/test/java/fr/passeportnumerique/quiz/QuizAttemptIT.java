package fr.passeportnumerique.quiz;

import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.account.AppRoles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class QuizAttemptIT {

    private static final String MODULE = "premiers-pas";

    @Autowired
    QuizService quizzes;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private SignedInLearner learner;

    @BeforeEach
    void aNewLearner() {
        learner = SignedInLearner.register(context, "stephane");
    }

    private QuizSession start() {
        return learner.startsQuiz(MODULE);
    }

    @Test
    void an_oversized_typed_answer_from_a_forged_request_is_cut_to_the_fields_length_and_kept() {
        QuizSession session = start();
        String question = session.questions().getFirst().question().id();

        learner.does(() ->
                quizzes.saveAnswers(session.attemptId(), Map.of(question, new Answer.Typed("x".repeat(100_000)))));

        assertThat(start().savedAnswers().get(question))
                .isEqualTo(new Answer.Typed("x".repeat(Answer.Typed.MAX_LENGTH)));
    }

    @Test
    void an_attempt_draws_the_quiz_size_from_the_bank_with_its_choices_shuffled_into_a_full_order() {
        QuizSession session = start();

        assertThat(session.questions()).hasSize(10);
        assertThat(session.questions())
                .allSatisfy(shown -> assertThat(shown.order())
                        .containsExactlyInAnyOrderElementsOf(
                                IntStream.range(0, shown.order().size()).boxed().toList()));
    }

    @Test
    void successive_attempts_draw_different_questions_from_a_larger_bank() {
        Set<String> seen = new HashSet<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            QuizSession session = start();
            session.questions().forEach(shown -> seen.add(shown.question().id()));
            learner.submits(session, Map.of());
        }

        // Eight draws of 10 among 13 questions all alike would happen about once in 10^19 runs.
        assertThat(seen).hasSizeGreaterThan(10);
    }

    @Test
    void two_submissions_at_the_same_moment_record_one_result() throws Exception {
        QuizSession session = start();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<QuizResult>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return learner.submits(session, RightAnswers.to(session));
                }));
            }
            go.countDown();
            for (Future<QuizResult> result : results) {
                assertThat(result.get().scorePercent()).isEqualTo(100);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.queryForObject(
                        "select count(*) from quiz_attempt a join user_account u on u.id = a.account_id"
                                + " where u.email = ? and a.submitted_at is not null",
                        Long.class,
                        learner.email()))
                .isEqualTo(1);
    }

    @Test
    void leaving_and_coming_back_resumes_the_same_attempt_with_its_answers() {
        QuizSession first = start();
        String questionId = first.questions().getFirst().question().id();
        Answer answer = RightAnswers.of(first.questions().getFirst().question());
        learner.does(() -> quizzes.saveAnswers(first.attemptId(), Map.of(questionId, answer)));

        QuizSession again = start();

        assertThat(again.attemptId()).isEqualTo(first.attemptId());
        assertThat(again.questions())
                .extracting(shown -> shown.question().id())
                .containsExactlyElementsOf(
                        first.questions().stream().map(s -> s.question().id()).toList());
        assertThat(again.savedAnswers()).containsEntry(questionId, answer);
    }

    @Test
    void right_answers_pass_with_full_marks_and_publish_quiz_passed() {
        QuizSession session = start();

        QuizResult result = learner.submits(session, RightAnswers.to(session));

        assertThat(result.scorePercent()).isEqualTo(100);
        assertThat(result.passed()).isTrue();
        assertThat(result.questions())
                .allSatisfy(question -> assertThat(question.score()).isEqualTo(Score.RIGHT));
        assertThat(events.stream(QuizGraded.class)).singleElement().satisfies(graded -> {
            assertThat(graded.moduleSlug()).isEqualTo(MODULE);
            assertThat(graded.scorePercent()).isEqualTo(100);
            assertThat(graded.passed()).isTrue();
        });
    }

    @Test
    void no_answer_fails_and_is_published_as_failed() {
        QuizSession session = start();

        QuizResult result = learner.submits(session, Map.of());

        assertThat(result.scorePercent()).isZero();
        assertThat(result.passed()).isFalse();
        assertThat(events.stream(QuizGraded.class)).singleElement().satisfies(graded -> {
            assertThat(graded.scorePercent()).isZero();
            assertThat(graded.passed()).isFalse();
        });
    }

    @Test
    void submitting_twice_records_one_result_the_first() {
        QuizSession session = start();
        QuizResult first = learner.submits(session, Map.of());

        QuizResult second = learner.submits(session, RightAnswers.to(session));

        assertThat(second.scorePercent()).isEqualTo(first.scorePercent()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from quiz_attempt a join user_account u on u.id = a.account_id"
                                + " where u.email = ? and a.submitted_at is not null",
                        Long.class,
                        learner.email()))
                .isEqualTo(1);
    }

    @Test
    void the_best_score_counts_and_a_new_attempt_follows_a_submitted_one() {
        QuizSession failed = start();
        learner.submits(failed, Map.of());
        QuizSession retry = start();
        learner.submits(retry, RightAnswers.to(retry));

        assertThat(retry.attemptId()).isNotEqualTo(failed.attemptId());
        assertThat(learner.does(() -> quizzes.bestScore(MODULE))).hasValue(100);
    }

    @Test
    void another_learners_attempt_cannot_be_touched() {
        QuizSession mine = start();

        assertThatThrownBy(() ->
                        as("apprenant@example.org", AppRoles.LEARNER, () -> quizzes.submit(mine.attemptId(), Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
