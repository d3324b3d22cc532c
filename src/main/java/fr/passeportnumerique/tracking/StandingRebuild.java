package fr.passeportnumerique.tracking;

import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes learners' standings from the progress rows themselves: at startup for learners who have none (a database
 * older than the dashboards, or rows written by other means), and as the reference the event-kept figures are tested
 * against.
 */
@Component
class StandingRebuild {

    private static final Logger log = LoggerFactory.getLogger(StandingRebuild.class);

    private static final String REBUILD = TrackedTables.sql("""
            INSERT INTO learner_standing (account_id, lessons_done, modules_done, quiz_failures, last_activity_at,
                                          graduated_at, handoff_requests, handoff_signed)
            SELECT a.id,
                   (SELECT COUNT(*) FROM {lesson_completion} c WHERE c.account_id = a.id),
                   (SELECT COUNT(*) FROM {module_progress} p WHERE p.account_id = a.id AND p.stamped_at IS NOT NULL),
                   (SELECT COUNT(*) FROM {quiz_attempt} q WHERE q.account_id = a.id AND q.passed = FALSE),
                   NULLIF(GREATEST(
                       COALESCE((SELECT MAX(c.completed_at) FROM {lesson_completion} c WHERE c.account_id = a.id),
                                '1970-01-01'),
                       COALESCE((SELECT MAX(GREATEST(COALESCE(p.last_activity_at, '1970-01-01'),
                                                     COALESCE(p.stamped_at, '1970-01-01')))
                                 FROM {module_progress} p WHERE p.account_id = a.id), '1970-01-01'),
                       COALESCE((SELECT MAX(q.submitted_at) FROM {quiz_attempt} q WHERE q.account_id = a.id),
                                '1970-01-01')), '1970-01-01'),
                   (SELECT CASE WHEN COUNT(p.stamped_at) >= ? THEN MAX(p.stamped_at) END
                    FROM {module_progress} p WHERE p.account_id = a.id),
                   (SELECT COUNT(*) FROM {handoff_request} h WHERE h.account_id = a.id),
                   (SELECT COUNT(*) FROM {handoff_request} h WHERE h.account_id = a.id AND h.status = 'SIGNED')
            FROM {user_account} a
            WHERE EXISTS (SELECT 1 FROM {user_account_role} r WHERE r.account_id = a.id AND r.role = 'LEARNER')
            """);

    private final JdbcTemplate jdbc;
    private final CurriculumService curriculum;

    StandingRebuild(JdbcTemplate jdbc, CurriculumService curriculum) {
        this.jdbc = jdbc;
        this.curriculum = curriculum;
    }

    /**
     * At startup, after the demonstration data: learners without a standing get one from their progress rows. Nodes
     * starting together take turns (the lock is released after the commit): the next one finds nothing missing.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    @SchedulerLock(name = "standing-fill-missing", lockAtMostFor = "PT30M")
    @Transactional
    public void fillMissing() {
        int learners = jdbc.update(
                REBUILD + " AND NOT EXISTS (SELECT 1 FROM learner_standing s WHERE s.account_id = a.id)",
                curriculum.modules().size());
        if (learners > 0) {
            log.info("Learners' standing computed from their progress: {} learners", learners);
        }
    }

    /** Replaces every standing by what the progress rows say; returns the number of learners. */
    @Transactional
    public int rebuild() {
        jdbc.update("DELETE FROM learner_standing");
        return jdbc.update(REBUILD, curriculum.modules().size());
    }
}
