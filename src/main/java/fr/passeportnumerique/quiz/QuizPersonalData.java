package fr.passeportnumerique.quiz;

import fr.passeportnumerique.account.PersonalDataProvider;
import fr.passeportnumerique.base.database.PlainRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A learner's quiz attempts in their export; the database erases them with the account. */
@Component
class QuizPersonalData implements PersonalDataProvider {

    private final JdbcTemplate jdbc;

    QuizPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "quizAttempts";
    }

    @Override
    public Object dataOf(long accountId) {
        return PlainRows.of(
                jdbc,
                "select module_slug as module, started_at as startedAt, submitted_at as submittedAt,"
                        + " score_percent as scorePercent, passed, answers from quiz_attempt"
                        + " where account_id = ? order by id",
                accountId);
    }
}
