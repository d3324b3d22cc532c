package fr.passeportnumerique.base.session;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The sessions opened by a page load that no running page has used yet, oldest first. Every page load makes a session
 * holding the page's whole component tree; a robot that never runs the page's script would otherwise fill the memory
 * with them. Each gets a short lifetime, and a node keeps at most {@link SessionLimits#maxUnproven()} of them: a
 * new one past that ends the oldest (a real browser has proven its session long before, within a minute at most).
 */
@Component
class UnprovenSessions implements HttpSessionListener {

    static final String PROVEN = UnprovenSessions.class.getName() + ".proven";

    private final SessionLimits limits;
    private final LinkedHashMap<HttpSession, Boolean> sessions = new LinkedHashMap<>();

    UnprovenSessions(SessionLimits limits) {
        this.limits = limits;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval((int) limits.unprovenLifetime().toSeconds());
        Optional<HttpSession> oldest;
        synchronized (sessions) {
            sessions.put(session, Boolean.TRUE);
            oldest = sessions.size() > limits.maxUnproven()
                    ? Optional.of(sessions.firstEntry().getKey())
                    : Optional.empty();
            oldest.ifPresent(sessions::remove);
        }
        oldest.ifPresent(UnprovenSessions::end);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        synchronized (sessions) {
            sessions.remove(event.getSession());
        }
    }

    /** A running page used the session: it lives as long as any visitor's from now on. */
    void prove(HttpSession session) {
        if (session.getAttribute(PROVEN) != null) {
            return;
        }
        session.setAttribute(PROVEN, Boolean.TRUE);
        synchronized (sessions) {
            sessions.remove(session);
        }
    }

    static boolean isProven(HttpSession session) {
        return session.getAttribute(PROVEN) != null;
    }

    int count() {
        synchronized (sessions) {
            return sessions.size();
        }
    }

    private static void end(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // It expired or was ended by its own request in the meantime: nothing left to free.
        }
    }
}
