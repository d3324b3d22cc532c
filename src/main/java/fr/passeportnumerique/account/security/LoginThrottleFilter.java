package fr.passeportnumerique.account.security;

import fr.passeportnumerique.account.PasswordPolicy;
import fr.passeportnumerique.account.Registration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a sign-in attempt away, before any password check, while the account or the client address must wait. An
 * address or a password longer than any account can have is a failure at once: it is never hashed (Argon2 over
 * megabytes of text would cost the server dearly) nor kept.
 */
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
        if (!"POST".equals(request.getMethod()) || !request.getServletPath().equals(loginPath)) {
            chain.doFilter(request, response);
            return;
        }
        String email = request.getParameter("username");
        String password = request.getParameter("password");
        String client = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(email, client);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + loginPath + "?" + BLOCKED_PARAMETER + "=" + minutes);
        } else if (tooLong(email, Registration.EMAIL_MAX_LENGTH) || tooLong(password, PasswordPolicy.MAX_LENGTH)) {
            throttle.failed(email, client);
            response.sendRedirect(request.getContextPath() + loginPath + "?error");
        } else {
            chain.doFilter(request, response);
        }
    }

    private static boolean tooLong(String value, int maxLength) {
        return value != null && value.length() > maxLength;
    }
}
