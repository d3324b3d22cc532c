package fr.passeportnumerique.base.vaadin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Constructor;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.transaction.annotation.Transactional;

class PlainComponentsTest {

    private final PlainComponents plain = new PlainComponents();

    @RolesAllowed("LEARNER")
    static class SecuredView extends Div {
        SecuredView(String service) {}
    }

    static class WithInjectedField extends Div {
        @Autowired
        Object service;
    }

    static class WithPostConstruct extends Div {
        @PostConstruct
        void start() {}
    }

    @Transactional
    static class WithTransactions extends Div {}

    static class ContextAware extends Div implements ApplicationContextAware {
        @Override
        public void setApplicationContext(ApplicationContext context) {}
    }

    static class TwoConstructors extends Div {
        TwoConstructors() {}

        TwoConstructors(String service) {}
    }

    static class TwoConstructorsOneChosen extends Div {
        TwoConstructorsOneChosen() {}

        @Autowired
        TwoConstructorsOneChosen(String service) {}
    }

    static class Subclass extends WithInjectedField {}

    @Test
    void a_view_with_one_constructor_and_vaadins_access_annotations_is_built_by_its_constructor() throws Exception {
        assertThat(plain.constructor(SecuredView.class))
                .contains(SecuredView.class.getDeclaredConstructor(String.class));
    }

    @Test
    void the_constructor_marked_autowired_is_the_one_called() throws Exception {
        assertThat(plain.constructor(TwoConstructorsOneChosen.class))
                .contains(TwoConstructorsOneChosen.class.getDeclaredConstructor(String.class));
    }

    @Test
    void what_asks_for_the_bean_lifecycle_goes_through_spring() {
        for (Class<?> type : new Class<?>[] {
            WithInjectedField.class,
            WithPostConstruct.class,
            WithTransactions.class,
            ContextAware.class,
            TwoConstructors.class,
            Subclass.class
        }) {
            Optional<Constructor<?>> constructor = plain.constructor(type);
            assertThat(constructor).as(type.getSimpleName()).isEmpty();
        }
    }

    @Test
    void components_of_libraries_and_other_classes_go_through_spring() {
        assertThat(plain.constructor(Div.class)).isEmpty();
        assertThat(plain.constructor(PlainComponentsTest.class)).isEmpty();
    }
}
