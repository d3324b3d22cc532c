package fr.passeportnumerique.records;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedInLearner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** With the default settings, learning records are off. */
@IntegrationTest
class LearningRecordsOffIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nothing_is_queued_when_learning_records_are_off() {
        SignedInLearner learner = SignedInLearner.register(context, "no-xapi");

        learner.completes("premiers-pas");

        assertThat(jdbc.queryForObject(
                        "select count(*) from xapi_statement_outbox s join user_account a on a.id = s.account_id"
                                + " where a.email = ?",
                        Long.class,
                        learner.email()))
                .isZero();
    }

    @Test
    void no_delivery_job_runs_when_learning_records_are_off() {
        assertThat(context.getBeansOfType(StatementRetry.class))
                .as("no scheduled job, not even taking its lock every 30 s")
                .isEmpty();
    }
}
