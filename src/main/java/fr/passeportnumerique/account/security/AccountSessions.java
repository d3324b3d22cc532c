package fr.passeportnumerique.account.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The open HTTP sessions of each signed-in account, so that a password change, a reset or an account deletion ends
 * them. Fed by {@code SignedInSessionFilter} on each signed-in request; a session leaves when it is destroyed.
 *
 * <p>Per node only: with several nodes, sessions on the other nodes live on until they expire or until the filter
 * sees their account gone (a later issue makes this cluster-wide).
 */
@Component
public class AccountSessions implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);
    private static final String ACCOUNT_ATTRIBUTE = AccountSessions.class.getName() + ".account";
    private final ConcurrentMap<String, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();

    /** Notes that this session is signed in to the account with this address. */
    public void remember(String email, HttpSession session) {
        if (email.equals(session.getAttribute(ACCOUNT_ATTRIBUTE))) {
            return;
        }
        session.setAttribute(ACCOUNT_ATTRIBUTE, email);
        byAccount.computeIfAbsent(email, key -> ConcurrentHashMap.newKeySet()).add(session);
    }

    /** Ends every session of the account, once the caller's transaction (if any) has committed. */
    public void endAll(String email) {
        endAllBut(email, null);
    }

    /** Ends every session of the account but the one with this id (null: ends them all), after the commit. */
    public void endAllBut(String email, String keptSessionId) {
        afterCommit(() -> {
            Set<HttpSession> sessions = byAccount.getOrDefault(email, Set.of());
            for (HttpSession session : List.copyOf(sessions)) {
                if (!isKept(session, keptSessionId)) {
                    sessions.remove(session);
                    invalidate(session);
                }
            }
        });
    }

    /** The id of the HTTP session of the request being served, if any. */
    public static Optional<String> currentSessionId() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.ofNullable(attributes.getRequest().getSession(false)).map(HttpSession::getId)
                : Optional.empty();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (session.getAttribute(ACCOUNT_ATTRIBUTE) instanceof String email) {
            byAccount.computeIfPresent(email, (key, sessions) -> {
                sessions.remove(session);
                return sessions.isEmpty() ? null : sessions;
            });
        }
    }

    private static boolean isKept(HttpSession session, String keptSessionId) {
        try {
            return session.getId().equals(keptSessionId);
        } catch (IllegalStateException alreadyInvalid) {
            return false;
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            log.debug("Session already ended", alreadyInvalid);
        }
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
