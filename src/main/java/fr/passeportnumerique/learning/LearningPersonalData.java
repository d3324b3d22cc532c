package fr.passeportnumerique.learning;

import fr.passeportnumerique.account.PersonalDataProvider;
import fr.passeportnumerique.base.database.PlainRows;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A learner's progress in their export: lessons done, modules, time, last place. The database erases it all. */
@Component
class LearningPersonalData implements PersonalDataProvider {

    private final JdbcTemplate jdbc;

    LearningPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "progress";
    }

    @Override
    public Object dataOf(long accountId) {
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put(
                "lessonsDone",
                PlainRows.of(
                        jdbc,
                        "select module_slug as module, lesson_slug as lesson, completed_at as completedAt"
                                + " from lesson_completion where account_id = ? order by completed_at",
                        accountId));
        progress.put(
                "modules",
                PlainRows.of(
                        jdbc,
                        "select module_slug as module, best_score as bestScore, quiz_passed_at as quizPassedAt,"
                                + " stamped_at as completedAt, seconds_spent as secondsSpent,"
                                + " last_activity_at as lastActivityAt from module_progress where account_id = ?"
                                + " order by id",
                        accountId));
        progress.put(
                "lastPlace",
                PlainRows.of(
                        jdbc,
                        "select module_slug as module, lesson_slug as lesson, scroll_percent as scrollPercent,"
                                + " updated_at as updatedAt from learning_position where account_id = ?",
                        accountId));
        return progress;
    }
}
