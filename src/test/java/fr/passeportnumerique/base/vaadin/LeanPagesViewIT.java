package fr.passeportnumerique.base.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringInstantiator;
import com.vaadin.flow.spring.SpringServlet;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

/** The application's own Vaadin servlet (not the simulated one of view tests) and the components it builds. */
class LeanPagesViewIT extends ViewTestSupport {

    private static final String LEARNERS_VIEW = "fr.passeportnumerique.learning.ui.ProgressView";

    @Autowired
    ServletRegistrationBean<SpringServlet> vaadinServlet;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Test
    void the_vaadin_service_builds_pages_with_the_lean_instantiator() {
        assertThat(service().getInstantiator()).isInstanceOf(LeanInstantiator.class);
    }

    @Test
    void a_view_for_signed_in_learners_is_the_view_itself_not_a_proxy_of_it() throws Exception {
        signInAs(TestLearners.register(accounts, "lea"), AppRoles.LEARNER);
        Class<?> view = Class.forName(LEARNERS_VIEW);

        Object built = service().getInstantiator().getOrCreate(view);

        assertThat(built.getClass()).isEqualTo(view);
        assertThat(AopUtils.isAopProxy(built)).isFalse();
        // Spring's full bean creation wraps the same view in a method-security proxy, searched for on every visit.
        Instantiator spring = new SpringInstantiator(service(), context);
        assertThat(AopUtils.isAopProxy(spring.getOrCreate(view))).isTrue();
    }

    private VaadinService service() {
        return vaadinServlet.getServlet().getService();
    }
}
