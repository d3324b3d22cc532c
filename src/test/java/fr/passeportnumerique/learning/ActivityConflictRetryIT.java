package fr.passeportnumerique.learning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.Deadlocks;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.activity.Place;
import fr.passeportnumerique.curriculum.CurriculumService;
import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An activity report (every 15 seconds of every reading learner) rolled back by a deadlock runs again by itself: the
 * load bench met one at 500 learners (two reports' first inserts of a position row), which showed the learner an
 * error. Here the report holds the learner's position row and waits for the module's progress row, which another
 * transaction holds and which then asks for the position row: a real InnoDB deadlock.
 */
@IntegrationTest
class ActivityConflictRetryIT {

    private static final String MODULE = "premiers-pas";

    @Autowired
    LearnerActivity activity;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    AccountService accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_report_rolled_back_by_a_deadlock_is_run_again_and_its_time_counted() throws Exception {
        String learner = TestLearners.register(accounts, "interblocage");
        long accountId = TestLearners.accountId(jdbc, learner);
        Place lesson = Place.lesson(
                MODULE,
                curriculum.module(MODULE).orElseThrow().lessons().getFirst().slug());
        SignedIn.as(learner, AppRoles.LEARNER, () -> activity.record(lesson, 10, 5));
        long secondsBefore = secondsSpent(accountId);
        Deadlocks deadlocks = new Deadlocks(jdbc);
        long deadlocksBefore = deadlocks.count();

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            deadlocks.makeHeavier(other);
            Deadlocks.execute(
                    other,
                    "update module_progress set seconds_spent = seconds_spent where account_id = ? and module_slug = ?",
                    accountId,
                    MODULE);

            CompletableFuture<Void> report = CompletableFuture.runAsync(
                    () -> SignedIn.as(learner, AppRoles.LEARNER, () -> activity.record(lesson, 20, 5)));
            deadlocks.awaitWaiting("update module_progress", report);
            // The report holds the position row and waits for the progress row: asking for the position closes
            // the cycle.
            Deadlocks.execute(other, "select id from learning_position where account_id = ? for update", accountId);
            other.commit();

            report.get(30, TimeUnit.SECONDS);
        } finally {
            deadlocks.dropBallast();
        }
        assertThat(deadlocks.count()).as("a deadlock really happened").isGreaterThan(deadlocksBefore);
        assertThat(secondsSpent(accountId)).isEqualTo(secondsBefore + 5);
        assertThat(jdbc.queryForObject(
                        "select scroll_percent from learning_position where account_id = ?", Integer.class, accountId))
                .isEqualTo(20);
    }

    private long secondsSpent(long accountId) {
        return jdbc.queryForObject(
                "select seconds_spent from module_progress where account_id = ? and module_slug = ?",
                Long.class,
                accountId,
                MODULE);
    }
}
