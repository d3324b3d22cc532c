package fr.passeportnumerique;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless view tests: the real views and services, a real database, a simulated browser (Karibu). They are
 * integration tests ({@code *ViewIT}, run by failsafe) and share the one application context of the other ITs; a
 * component that needs no service is tested with {@link ComponentTestSupport} instead.
 */
@IntegrationTest
public abstract class ViewTestSupport {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    /** The application's routes and error views, found the way Spring finds components. */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("fr.passeportnumerique")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorViews.add((Class<? extends HasErrorParameter<?>>) type);
            } else {
                views.add((Class<? extends Component>) type);
            }
        }
        routes = new Routes(views, errorViews, true);
    }

    @BeforeEach
    void openBrowser() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @AfterEach
    void closeBrowser() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in for the rest of the test: for services (the security context) and for route checks (the request). */
    protected static void signInAs(String email, String role) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                email, null, AuthorityUtils.createAuthorityList("ROLE_" + role));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, asked) -> asked.equals(role));
        // As after a real sign-in, the page shown is built again for the person now signed in.
        UI.getCurrent().refreshCurrentRoute(true);
    }

    /**
     * Signs in as the sign-in form does: the principal is what the application's own {@link UserDetailsService} gives
     * for the address (roles and whatever else it carries), not a name and a role made up by the test.
     */
    protected void signInWithAccount(String email) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(email);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, asked) -> user.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + asked)));
        UI.getCurrent().refreshCurrentRoute(true);
    }

    protected static void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    /** Switches the interface to English and shows the current page again, layout included. */
    protected static void useEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().refreshCurrentRoute(true);
    }
}
