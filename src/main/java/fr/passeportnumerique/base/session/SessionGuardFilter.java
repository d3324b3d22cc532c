package fr.passeportnumerique.base.session;

import fr.passeportnumerique.base.ratelimit.RateLimit;
import io.github.bucket4j.Bandwidth;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before Spring Security reads the session: ends a session older than the absolute lifetime, gives each session the
 * idle time its state deserves (unproven, anonymous, signed in), marks it proven when a running page uses it, and
 * refuses a client address that opens new sessions faster than a person could.
 */
@Component
// After the request id and the malformed query check, before Spring Security.
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SessionGuardFilter extends OncePerRequestFilter {

    /** Files and data that never open a session: only pages do. */
    private static final Set<String> SESSIONLESS_PREFIXES =
            Set.of("/VAADIN/", "/api/", "/actuator/", "/media/", "/images/", "/fonts/", "/styles/", "/icons/");

    static final String TOO_MANY = "Trop de nouvelles visites depuis votre connexion : réessayez dans une minute.\n"
            + "Too many new visits from your connection: try again in a minute.\n";

    private final SessionLimits limits;
    private final UnprovenSessions unproven;
    private final Clock clock;
    private final RateLimit newSessions;

    SessionGuardFilter(SessionLimits limits, UnprovenSessions unproven, Clock clock) {
        this.limits = limits;
        this.unproven = unproven;
        this.clock = clock;
        int perMinute = limits.newPerClientPerMinute();
        this.newSessions = new RateLimit(
                clock,
                100_000,
                Duration.ofMinutes(2),
                Bandwidth.builder()
                        .capacity(perMinute)
                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                        .build());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isTooOld(session)) {
            session.invalidate();
            session = null;
        }
        if (session == null && opensSession(request)) {
            Optional<Duration> wait = newSessions.take(request.getRemoteAddr());
            if (wait.isPresent()) {
                refuse(response, wait.get());
                return;
            }
        }
        if (session != null) {
            adjust(session, request);
        }
        chain.doFilter(request, response);
    }

    private boolean isTooOld(HttpSession session) {
        return clock.millis() - session.getCreationTime()
                > limits.absoluteLifetime().toMillis();
    }

    private void adjust(HttpSession session, HttpServletRequest request) {
        if (isVaadinRoundTrip(request)) {
            unproven.prove(session);
        }
        Duration idle = isSignedIn(session)
                ? limits.signedInIdle()
                : UnprovenSessions.isProven(session) ? limits.anonymousIdle() : limits.unprovenLifetime();
        int seconds = (int) idle.toSeconds();
        if (session.getMaxInactiveInterval() != seconds) {
            session.setMaxInactiveInterval(seconds);
        }
    }

    private static boolean isVaadinRoundTrip(HttpServletRequest request) {
        String type = request.getParameter("v-r");
        return "uidl".equals(type) || "heartbeat".equals(type);
    }

    private static boolean isSignedIn(HttpSession session) {
        return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                        instanceof SecurityContext context
                && context.getAuthentication() instanceof Authentication authentication
                && authentication.isAuthenticated();
    }

    private static boolean opensSession(HttpServletRequest request) {
        String path = request.getServletPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".") && SESSIONLESS_PREFIXES.stream().noneMatch(path::startsWith);
    }

    private static void refuse(HttpServletResponse response, Duration wait) throws IOException {
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(TOO_MANY);
    }
}
