package fr.passeportnumerique.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    @Test
    void a_submission_rolled_back_by_a_deadlock_is_run_again_and_saved() throws Exception {
        String learner = TestLearners.register(accounts, "conflit");
        long accountId = jdbc.queryForObject("select id from user_account where email = ?", Long.class, learner);
        long first = SignedIn.as(
                learner, AppRoles.LEARNER, () -> quizzes.start(MODULE).attemptId());
        SignedIn.as(learner, AppRoles.LEARNER, () -> quizzes.submit(first, Map.of()));
        long second = SignedIn.as(
                learner, AppRoles.LEARNER, () -> quizzes.start(MODULE).attemptId());
        jdbc.execute("create table if not exists conflict_ballast (id int auto_increment primary key, filler"
                + " varchar(100) not null) engine = InnoDB");
        long deadlocksBefore = deadlocks();

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            // Many rows written make the other transaction the heavier one: InnoDB rolls back the lighter.
            try (PreparedStatement ballast =
                    other.prepareStatement("insert into conflict_ballast (filler) values (?)")) {
                for (int i = 0; i < 300; i++) {
                    ballast.setString(1, "ligne " + i);
                    ballast.addBatch();
                }
                ballast.executeBatch();
            }
            execute(other, "update learner_standing set quiz_failures = quiz_failures where account_id = ?", accountId);

            CompletableFuture<QuizResult> submission = CompletableFuture.supplyAsync(
                    () -> SignedIn.as(learner, AppRoles.LEARNER, () -> quizzes.submit(second, Map.of())));
            awaitLockWait(submission);
            // Now the submission holds its attempt and waits for the standing row: asking for the attempt closes
            // the cycle.
            execute(other, "select id from quiz_attempt where id = ? for update", second);
            other.commit();

            QuizResult result = submission.get(30, TimeUnit.SECONDS);
            assertThat(result.attemptId()).isEqualTo(second);
        } finally {
            jdbc.execute("drop table if exists conflict_ballast");
        }
        assertThat(deadlocks()).as("a deadlock really happened").isGreaterThan(deadlocksBefore);
        assertThat(jdbc.queryForObject(
                        "select count(*) from quiz_attempt where id = ? and submitted_at is not null",
                        Integer.class,
                        second))
                .isEqualTo(1);
    }

    private long deadlocks() {
        return jdbc.query(
                "show global status like 'Innodb_deadlocks'", rows -> rows.next() ? rows.getLong("Value") : -1);
    }

    private void awaitLockWait(CompletableFuture<?> submission) throws Exception {
        for (int i = 0; i < 200; i++) {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from information_schema.processlist where info like 'INSERT INTO learner_standing%'",
                    Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("The submission never waited for the standing row; it "
                + (submission.isDone()
                        ? "ended with "
                                + submission.handle((r, e) -> e == null ? r : e).get()
                        : "runs"));
    }

    private static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.execute();
        }
    }
}
