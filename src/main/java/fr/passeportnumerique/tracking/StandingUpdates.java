package fr.passeportnumerique.tracking;

import fr.passeportnumerique.handoff.HandoffStatus;
import fr.passeportnumerique.handoff.HandoffStatusChanged;
import fr.passeportnumerique.learning.LearnerGraduated;
import fr.passeportnumerique.learning.LearnerWasActive;
import fr.passeportnumerique.learning.LessonCompleted;
import fr.passeportnumerique.learning.ModuleCompleted;
import fr.passeportnumerique.quiz.QuizGraded;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps each learner's standing as the events happen, in the transaction that records them: one upsert of a few
 * counters, so that dashboards never count progress rows.
 */
@Component
class StandingUpdates {

    /** Adds to one counter and moves the last activity forward (never back, and not at all without a time). */
    private static final String UPSERT = "INSERT INTO learner_standing (account_id, %1$s, last_activity_at)"
            + " VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE %1$s = %1$s + VALUES(%1$s),"
            + " last_activity_at = CASE WHEN VALUES(last_activity_at) IS NULL THEN last_activity_at"
            + " WHEN last_activity_at IS NULL THEN VALUES(last_activity_at)"
            + " ELSE GREATEST(last_activity_at, VALUES(last_activity_at)) END";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StandingUpdates(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void onLesson(LessonCompleted done) {
        add(done.accountId(), "lessons_done", 1, done.completedAt());
    }

    @EventListener
    void onModule(ModuleCompleted done) {
        add(done.accountId(), "modules_done", 1, done.stampedAt());
    }

    @EventListener
    void onQuiz(QuizGraded graded) {
        add(graded.accountId(), "quiz_failures", graded.passed() ? 0 : 1, clock.instant());
        // Counted at the learner's welcome point; a learner without one counts for no point.
        for (QuizGraded.Outcome outcome : graded.outcomes()) {
            jdbc.update(
                    TrackedTables.sql(
                            "INSERT INTO question_stat (welcome_point_id, module_slug, question_id, prompt, answers, misses)"
                                    + " SELECT a.welcome_point_id, ?, ?, LEFT(?, 1000), 1, ? FROM {user_account} a"
                                    + " WHERE a.id = ? AND a.welcome_point_id IS NOT NULL"
                                    + " ON DUPLICATE KEY UPDATE answers = answers + 1, misses = misses + VALUES(misses),"
                                    + " prompt = VALUES(prompt)"),
                    graded.moduleSlug(),
                    outcome.questionId(),
                    outcome.prompt(),
                    outcome.correct() ? 0 : 1,
                    graded.accountId());
        }
    }

    @EventListener
    void onActivity(LearnerWasActive active) {
        add(active.accountId(), "lessons_done", 0, active.at());
    }

    @EventListener
    void onGraduation(LearnerGraduated graduated) {
        add(graduated.accountId(), "modules_done", 0, graduated.graduatedAt());
        jdbc.update(
                "UPDATE learner_standing SET graduated_at = COALESCE(graduated_at, ?) WHERE account_id = ?",
                Timestamp.from(graduated.graduatedAt()),
                graduated.accountId());
    }

    @EventListener
    void onHandoff(HandoffStatusChanged changed) {
        if (changed.status() == HandoffStatus.SENT) {
            add(changed.learnerId(), "handoff_requests", 1, changed.at());
        } else if (changed.status() == HandoffStatus.SIGNED) {
            add(changed.learnerId(), "handoff_signed", 1, null);
        }
    }

    private void add(long learner, String counter, int amount, Instant at) {
        jdbc.update(String.format(UPSERT, counter), learner, amount, at == null ? null : Timestamp.from(at));
    }
}
