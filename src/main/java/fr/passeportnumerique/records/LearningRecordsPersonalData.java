package fr.passeportnumerique.records;

import fr.passeportnumerique.account.PersonalDataProvider;
import fr.passeportnumerique.base.database.PlainRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The xAPI statements about the learner, queued for or sent to the region's Learning Record Store: each with its
 * body as sent (under the learner's opaque name) and what became of it. Erased with the account.
 */
@Component
class LearningRecordsPersonalData implements PersonalDataProvider {

    private final JdbcTemplate jdbc;

    LearningRecordsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "learningRecords";
    }

    @Override
    public Object dataOf(long accountId) {
        return PlainRows.of(
                jdbc,
                "select statement_id as statementId, created_at as createdAt, sent_at as sentAt,"
                        + " failed_at as failedAt, body from xapi_statement_outbox where account_id = ? order by id",
                accountId);
    }
}
