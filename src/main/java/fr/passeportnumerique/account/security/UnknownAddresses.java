package fr.passeportnumerique.account.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The addresses that lead nowhere: a page asked for (GET or HEAD) that is no view of the site, no controller's path
 * and not in Vaadin's own folder ({@code /VAADIN}), which Vaadin answers with « Page introuvable » and a 404.
 * Vaadin's rules deny every request they do not know, which turned a mistyped address into a bare 403 for a
 * signed-in person and into the sign-in page for a visitor. A view that needs a sign-in is a route, so it still leads
 * there; a controller without a rule of its own stays denied.
 */
final class UnknownAddresses implements RequestMatcher {

    private static final String VAADIN_FOLDER = "/VAADIN/**";

    private final RequestUtil vaadinRequests;
    private final ListableBeanFactory beans;
    private volatile List<PathPattern> pathsOutsideTheViews;

    UnknownAddresses(RequestUtil vaadinRequests, ListableBeanFactory beans) {
        this.vaadinRequests = vaadinRequests;
        this.beans = beans;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !vaadinRequests.isFrameworkInternalRequest(request)
                && !vaadinRequests.isSecuredFlowRoute(request)
                && !isServedOutsideTheViews(request);
    }

    private boolean isServedOutsideTheViews(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        return pathsOutsideTheViews().stream().anyMatch(pattern -> pattern.matches(path));
    }

    /** Vaadin's folder and the paths of every controller and endpoint, read at the first request (after start). */
    private List<PathPattern> pathsOutsideTheViews() {
        List<PathPattern> paths = pathsOutsideTheViews;
        if (paths == null) {
            paths = Stream.concat(
                            Stream.of(VAADIN_FOLDER),
                            beans.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().stream()
                                    .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                                    .flatMap(mapping -> mapping.getPatternValues().stream()))
                    .map(PathPatternParser.defaultInstance::parse)
                    .toList();
            pathsOutsideTheViews = paths;
        }
        return paths;
    }
}
