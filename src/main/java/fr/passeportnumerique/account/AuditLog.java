package fr.passeportnumerique.account;

import fr.passeportnumerique.base.database.PlainRows;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log, in the caller's transaction: an action that is rolled back leaves no line. Other features
 * record their sensitive actions here too (a certificate revoked).
 */
@Component
public class AuditLog {

    static final String DATA_EXPORTED = "DATA_EXPORTED";
    static final String ACCOUNT_DELETED = "ACCOUNT_DELETED";
    static final String PASSWORD_SET = "PASSWORD_SET";
    static final String INVITATION_SENT = "INVITATION_SENT";
    static final String LEARNER_VIEWED = "LEARNER_VIEWED";
    static final String ROLES_CHANGED = "ROLES_CHANGED";

    private final AuditEventRepository events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(AuditEventRepository events, JdbcTemplate jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long actor, String action, Long subject, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, subject, detail));
    }

    /** What was done about a person, and by whom (who opened their file, changed their roles...): for their export. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Map<String, Object>> eventsAbout(long subject) {
        return PlainRows.of(
                jdbc,
                "select e.occurred_at, e.action, actor.full_name as done_by, e.detail from audit_event e"
                        + " left join user_account actor on actor.id = e.actor_account_id"
                        + " where e.subject_account_id = ? order by e.occurred_at, e.id",
                subject);
    }

    /**
     * Erases the log about a person when their account goes; what they did to others stays, by account id only, and
     * the deletion itself is recorded afterwards.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void eraseEventsAbout(long subject) {
        jdbc.update("delete from audit_event where subject_account_id = ?", subject);
    }
}
