package fr.passeportnumerique.account.security;

import fr.passeportnumerique.base.web.PlainErrorPage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form posted from another site: without it a foreign page could sign a visitor in as the attacker (login
 * CSRF) with the plain sign-in form, which carries no token. Vaadin's own requests (the page's round-trips, at the
 * root with {@code v-r}, and under {@code /VAADIN/}) carry Vaadin's CSRF token and are left to it. Every other POST,
 * PUT, PATCH or DELETE must say it comes from this site: its {@code Origin}, or failing that its {@code Referer}, must
 * be this site's address as the request reached it, or the public address.
 */
class SameOriginFormFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SameOriginFormFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final String publicOrigin;

    SameOriginFormFilter(String publicUrl) {
        this.publicOrigin = origin(publicUrl).orElse("");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || isVaadinRequest(request) || isFromThisSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused a {} to {} from another site", request.getMethod(), request.getServletPath());
        PlainErrorPage.write(request, response, HttpServletResponse.SC_FORBIDDEN, "error.foreign-form");
    }

    private static boolean isVaadinRequest(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/VAADIN/")
                || ((path.isEmpty() || path.equals("/")) && request.getParameter("v-r") != null);
    }

    private boolean isFromThisSite(HttpServletRequest request) {
        String claimed = request.getHeader("Origin");
        Optional<String> origin = claimed != null ? origin(claimed) : origin(request.getHeader("Referer"));
        return origin.filter(value -> value.equals(publicOrigin) || value.equals(ownOrigin(request)))
                .isPresent();
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** {@code scheme://host[:port]} of an address, lower case, without a default port; empty if it has none. */
    static Optional<String> origin(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(address.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort =
                    port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return Optional.of(
                    scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
