package fr.passeportnumerique.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.quiz.QuizResult;
import fr.passeportnumerique.quiz.QuizService;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionException;

/**
 * The real MariaDB stops for 20 seconds and comes back while a learner answers a quiz: what was committed stays, the answer sent
 * during the outage fails fast and is reported (not half-written), and the same answer sent again after recovery is
 * saved, without restarting the application.
 */
@IntegrationTest
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Autowired
    EmbeddedMariaDb server;

    @Autowired
    QuizService quizzes;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_answer_sent_during_an_outage_is_refused_then_saved_after_recovery_and_nothing_committed_is_lost()
            throws Exception {
        String learner = TestLearners.register(accounts, "panne");
        long first = SignedIn.as(
                learner, AppRoles.LEARNER, () -> quizzes.start("premiers-pas").attemptId());
        SignedIn.as(learner, AppRoles.LEARNER, () -> quizzes.submit(first, Map.of()));
        long second = SignedIn.as(
                learner, AppRoles.LEARNER, () -> quizzes.start("premiers-pas").attemptId());

        server.stop();
        long start = System.nanoTime();
        try {
            assertThatThrownBy(() -> SignedIn.as(learner, AppRoles.LEARNER, () -> quizzes.submit(second, Map.of())))
                    .isInstanceOfAny(DataAccessException.class, TransactionException.class);
            // The pool gives up within its connection timeout instead of hanging the learner's page.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
            // The outage lasts its 20 seconds, as a server restart or a failover would.
            Thread.sleep(Math.max(
                    0,
                    OUTAGE.toMillis()
                            - Duration.ofNanos(System.nanoTime() - start).toMillis()));
        } finally {
            server.start();
        }

        QuizResult saved = retry(() -> SignedIn.as(learner, AppRoles.LEARNER, () -> quizzes.submit(second, Map.of())));
        assertThat(saved.attemptId()).isEqualTo(second);
        assertThat(jdbc.queryForObject(
                        "select count(*) from quiz_attempt where id in (?, ?) and submitted_at is not null",
                        Integer.class,
                        first,
                        second))
                .isEqualTo(2);
    }

    /** After a restart the pool replaces its broken connections; the first calls may still meet one. */
    private static <T> T retry(Supplier<T> call) throws InterruptedException {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return call.get();
            } catch (DataAccessException | TransactionException e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw last;
    }
}
