package fr.passeportnumerique.base.vaadin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.spring.SpringInstantiator;
import java.lang.reflect.Constructor;
import java.util.Optional;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;

/**
 * Vaadin's Spring instantiator, except for the application's plain components ({@link PlainComponents}): those are
 * built by calling their constructor with its parameters resolved from the context, as Spring would, without the
 * bean lifecycle around it. That lifecycle (post-processors, the search for advice to proxy the view with) cost
 * about as much as building the view itself, on every navigation.
 */
final class LeanInstantiator extends SpringInstantiator {

    private final AutowireCapableBeanFactory beans;
    private final ApplicationContext context;
    private final PlainComponents plain = new PlainComponents();

    LeanInstantiator(VaadinService service, ApplicationContext context) {
        super(service, context);
        this.context = context;
        this.beans = context.getAutowireCapableBeanFactory();
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return plainConstructor(type)
                .map(constructor -> type.cast(construct(constructor)))
                .orElseGet(() -> super.getOrCreate(type));
    }

    @Override
    public <T extends Component> T createComponent(Class<T> type) {
        return plainConstructor(type)
                .map(constructor -> type.cast(construct(constructor)))
                .orElseGet(() -> super.createComponent(type));
    }

    /** A type that is a bean of the context keeps its scope and lifecycle. */
    private Optional<Constructor<?>> plainConstructor(Class<?> type) {
        return plain.constructor(type).filter(constructor -> context.getBeanNamesForType(type).length == 0);
    }

    private Object construct(Constructor<?> constructor) {
        Object[] arguments = new Object[constructor.getParameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            DependencyDescriptor parameter = new DependencyDescriptor(new MethodParameter(constructor, i), true);
            arguments[i] = beans.resolveDependency(parameter, null);
        }
        return BeanUtils.instantiateClass(constructor, arguments);
    }
}
