package fr.passeportnumerique.base.session;

import fr.passeportnumerique.base.ratelimit.RateLimit;
import fr.passeportnumerique.base.web.PageRequests;
import fr.passeportnumerique.base.web.PlainErrorPage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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

    private final SessionLimits limits;
    private final UnprovenSessions unproven;
    private final Clock clock;
    private final RateLimit newSessions;

    SessionGuardFilter(SessionLimits limits, UnprovenSessions unproven, Clock clock) {
        this.limits = limits;
        this.unproven = unproven;
        this.clock = clock;
        this.newSessions = RateLimit.perPeriod(clock, limits.newPerClientPerMinute(), Duration.ofMinutes(1));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && isTooOld(session)) {
            session.invalidate();
            session = null;
        }
        if (session == null && PageRequests.isPage(request)) {
            Optional<Duration> wait = newSessions.take(request.getRemoteAddr());
            if (wait.isPresent()) {
                response.setHeader(
                        "Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds())));
                PlainErrorPage.write(request, response, 429, "error.too-many-visits");
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
}
