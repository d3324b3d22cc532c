package fr.passeportnumerique.account;

import fr.passeportnumerique.account.security.AccountSessions;
import fr.passeportnumerique.base.web.PageRequests;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security (a filter bean comes after its chain): records the session of each signed-in request in
 * {@link AccountSessions}, and on each page load (not on Vaadin's own round-trips, to spare the database) treats a
 * session whose account no longer exists (deleted, possibly on another node) as signed out instead of failing.
 */
@Component
class SignedInSessionFilter extends OncePerRequestFilter {

    private final AccountSessions sessions;
    private final UserAccountRepository accounts;

    SignedInSessionFilter(AccountSessions sessions, UserAccountRepository accounts) {
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session == null
                || authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        if (isPageLoad(request) && !accounts.existsByEmail(authentication.getName())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            String query = request.getQueryString();
            response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            return;
        }
        sessions.remember(authentication.getName(), session);
        chain.doFilter(request, response);
    }

    /** A page, not Vaadin's round-trips nor the files a page loads (scripts, styles, images). */
    private static boolean isPageLoad(HttpServletRequest request) {
        String query = request.getQueryString();
        return "GET".equals(request.getMethod())
                && (query == null || !query.contains("v-r="))
                && PageRequests.isPage(request);
    }
}
