package fr.passeportnumerique.base.vaadin;

import com.vaadin.flow.component.Component;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.Aware;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which components a page may build with their constructor alone: a concrete component class of the application
 * whose constructor is the only one or the one marked {@link Autowired}, with nothing that asks for a Spring bean's
 * lifecycle (no injected field or method, no {@code @PostConstruct}, no callback interface, no Spring or Jakarta
 * annotation on the class, such as {@code @Transactional}). The rest go through Spring's full bean creation.
 */
final class PlainComponents {

    private static final String APPLICATION_PACKAGE = "fr.passeportnumerique.";

    private final ClassValue<Optional<Constructor<?>>> constructors = new ClassValue<>() {
        @Override
        protected Optional<Constructor<?>> computeValue(Class<?> type) {
            return isPlain(type) ? constructorOf(type) : Optional.empty();
        }
    };

    /** The constructor to call, when the type is a plain component. */
    Optional<Constructor<?>> constructor(Class<?> type) {
        return constructors.get(type);
    }

    private static boolean isPlain(Class<?> type) {
        return Component.class.isAssignableFrom(type)
                && type.getName().startsWith(APPLICATION_PACKAGE)
                && !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers())
                && !Aware.class.isAssignableFrom(type)
                && !InitializingBean.class.isAssignableFrom(type)
                && !DisposableBean.class.isAssignableFrom(type)
                && applicationClasses(type).noneMatch(PlainComponents::asksForLifecycle);
    }

    private static Stream<Class<?>> applicationClasses(Class<?> type) {
        return Stream.iterate(
                type, c -> c != null && c.getName().startsWith(APPLICATION_PACKAGE), Class::getSuperclass);
    }

    private static boolean asksForLifecycle(Class<?> type) {
        return isContainerAnnotated(type)
                || Arrays.stream(type.getDeclaredFields()).anyMatch(PlainComponents::isContainerAnnotated)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(PlainComponents::isContainerAnnotated);
    }

    /** Vaadin's own annotations (route, access, page title) are read by Vaadin, not by the bean lifecycle. */
    private static boolean isContainerAnnotated(AnnotatedElement element) {
        return Arrays.stream(element.getAnnotations())
                .map(Annotation::annotationType)
                .map(Class::getPackageName)
                .anyMatch(name -> name.startsWith("org.springframework.")
                        || (name.startsWith("jakarta.") && !name.equals("jakarta.annotation.security")));
    }

    private static Optional<Constructor<?>> constructorOf(Class<?> type) {
        Constructor<?>[] all = type.getDeclaredConstructors();
        if (all.length == 1) {
            return Optional.of(all[0]);
        }
        return Arrays.stream(all)
                .filter(c -> c.isAnnotationPresent(Autowired.class))
                .findFirst();
    }
}
