package fr.passeportnumerique.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.Deadlocks;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A quiz sent while another transaction holds the learner's standing row (the dashboards' counters), and then wants the attempt the quiz is
 * locking: a real InnoDB deadlock, the error a Galera cluster also raises when another node commits the same rows
 * first. The database rolls the submission back; the submission runs again by itself and the learner gets the
 * result.
 */
@IntegrationTest
class ConflictRetryIT {

    private static final String MODULE = "premiers-pas";

    @Autowired
    QuizService quizzes;

    @Autowired
    AccountService accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    private double conflictsCounted() {
        Counter counter = meters.find("passeport.database.conflicts")
                .tag("method", "QuizService.submit")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void a_submission_rolled_back_by_a_deadlock_is_run_again_and_saved() throws Exception {
        String learner = TestLearners.register(accounts, "conflit");
        long accountId = TestLearners.accountId(jdbc, learner);
        long first = SignedIn.as(
                learner, AppRoles.LEARNER, () -> quizzes.start(MODULE).attemptId());
        SignedIn.as(learner, AppRoles.LEARNER, () -> quizzes.submit(first, Map.of()));
        long second = SignedIn.as(
                learner, AppRoles.LEARNER, () -> quizzes.start(MODULE).attemptId());
        Deadlocks deadlocks = new Deadlocks(jdbc);
        long deadlocksBefore = deadlocks.count();
        double countedBefore = conflictsCounted();

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            deadlocks.makeHeavier(other);
            Deadlocks.execute(
                    other, "update learner_standing set quiz_failures = quiz_failures where account_id = ?", accountId);

            CompletableFuture<QuizResult> submission = CompletableFuture.supplyAsync(
                    () -> SignedIn.as(learner, AppRoles.LEARNER, () -> quizzes.submit(second, Map.of())));
            deadlocks.awaitWaiting("insert into learner_standing", submission);
            // Now the submission holds its attempt and waits for the standing row: asking for the attempt closes
            // the cycle.
            Deadlocks.execute(other, "select id from quiz_attempt where id = ? for update", second);
            other.commit();

            QuizResult result = submission.get(30, TimeUnit.SECONDS);
            assertThat(result.attemptId()).isEqualTo(second);
        } finally {
            deadlocks.dropBallast();
        }
        assertThat(deadlocks.count()).as("a deadlock really happened").isGreaterThan(deadlocksBefore);
        assertThat(conflictsCounted()).as("the conflict is counted").isGreaterThan(countedBefore);
        assertThat(jdbc.queryForObject(
                        "select count(*) from quiz_attempt where id = ? and submitted_at is not null",
                        Integer.class,
                        second))
                .isEqualTo(1);
    }
}
