package fr.passeportnumerique.load;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.curriculum.CurriculumService;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The load generator speaks Vaadin's protocol well enough to be believed: a few virtual learners go once round the
 * learner round on this test's application with no failed request, and a learner who does not see what a move should
 * show is counted as failed, not as a success.
 */
@IntegrationTest
class LearnerProtocolIT {

    private static final Duration LONGEST = Duration.ofMinutes(3);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    CurriculumService curriculum;

    @Test
    void virtual_learners_sign_in_read_answer_the_quiz_and_search_with_no_failure() {
        int learners = 3;
        LoadRun run = begin(Visit.all(curriculum), learners);

        int status = GatlingRun.run("protocol check", false);

        assertThat(run.tally().failures()).isEmpty();
        assertThat(status).as("Gatling's exit status (failed requests)").isZero();
        assertThat(run.tally().signedIn()).isEqualTo(learners);
        assertThat(run.tally().signedOut()).isEqualTo(learners);
        LoadTally.Counts counts = run.tally().counts();
        assertThat(counts.moves()).isEqualTo(learners * (1 + LearnerMoves.Move.values().length));
        assertThat(counts.roundTrips()).isGreaterThan(counts.moves());
    }

    @Test
    void a_learner_who_does_not_see_the_lesson_expected_is_counted_as_failed() {
        Visit real = Visit.all(curriculum).getFirst();
        Visit wrong = new Visit(
                real.module(),
                real.moduleTitle(),
                new Visit.Lesson(real.lesson().slug(), "Une leçon qui n’existe pas"),
                real.nextLesson(),
                real.query());
        LoadRun run = begin(List.of(wrong), 1);

        int status = GatlingRun.run("a wrong expectation", false);

        assertThat(status).as("Gatling's exit status (failed requests)").isNotZero();
        assertThat(run.tally().failures())
                .singleElement()
                .asString()
                .contains("« lesson »", "instead of « Une leçon qui n’existe pas »");
    }

    private LoadRun begin(List<Visit> visits, int learners) {
        List<String> accounts = LoadLearners.create(jdbc, passwords, "protocole", learners);
        LoadPlan plan =
                new LoadPlan("http://localhost:" + port, learners, learners, ThinkTime.FAST, visits, 1, LONGEST);
        return LoadRun.begin(plan, accounts, TestLearners.PASSWORD, 0xfe);
    }
}
