package fr.passeportnumerique.account;

import java.time.Clock;
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
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long actor, String action, Long subject, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, subject, detail));
    }
}
