package fr.passeportnumerique;

import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import fr.passeportnumerique.curriculum.ModuleSummary;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a learner's completed modules straight into the progress tables, for tests that start after the course. */
public final class TestGraduates {

    private TestGraduates() {}

    /** Completes the given modules (lessons read, quiz passed with {@code score}, stamp). */
    public static void complete(
            JdbcTemplate jdbc, CurriculumService curriculum, String email, List<ModuleSummary> modules, int score) {
        long account = TestLearners.accountId(jdbc, email);
        Timestamp when = Timestamp.from(Instant.now().minusSeconds(3600));
        for (ModuleSummary module : modules) {
            for (LessonSummary lesson :
                    curriculum.module(module.slug()).orElseThrow().lessons()) {
                jdbc.update(
                        "insert into lesson_completion (account_id, module_slug, lesson_slug, completed_at)"
                                + " values (?, ?, ?, ?)",
                        account,
                        module.slug(),
                        lesson.slug(),
                        when);
            }
            jdbc.update(
                    "insert into module_progress (account_id, module_slug, best_score, quiz_passed_at, stamped_at,"
                            + " seconds_spent, last_activity_at) values (?, ?, ?, ?, ?, ?, ?)",
                    account,
                    module.slug(),
                    score,
                    when,
                    when,
                    600,
                    when);
        }
    }

    public static void graduate(JdbcTemplate jdbc, CurriculumService curriculum, String email) {
        complete(jdbc, curriculum, email, curriculum.modules(), 85);
    }
}
