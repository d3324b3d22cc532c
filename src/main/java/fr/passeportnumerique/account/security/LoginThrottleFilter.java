package fr.passeportnumerique.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns a sign-in attempt away, before any password check, while the account or the address must wait. */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String BLOCKED_PARAMETER = "bloque";
    private final LoginThrottle throttle;
    private final String loginPath;

    LoginThrottleFilter(LoginThrottle throttle, String loginPath) {
        this.throttle = throttle;
        this.loginPath = loginPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && request.getServletPath().equals(loginPath)) {
            Optional<Duration> wait = throttle.waitFor(request.getParameter("username"), request.getRemoteAddr());
            if (wait.isPresent()) {
                long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
                response.sendRedirect(request.getContextPath() + loginPath + "?" + BLOCKED_PARAMETER + "=" + minutes);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
