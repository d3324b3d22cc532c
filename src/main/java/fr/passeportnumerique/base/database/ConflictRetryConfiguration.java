package fr.passeportnumerique.base.database;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns {@link RetriedOnConflict} on. The retry wraps everything else on the method (security, transaction), so
 * that each try gets a transaction of its own instead of repeating inside one already rolled back; right inside it,
 * {@link ConflictCounter} counts the tries that failed.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods(order = Ordered.HIGHEST_PRECEDENCE)
class ConflictRetryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor conflictCounting(ObjectProvider<MeterRegistry> registry) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                new AnnotationMatchingPointcut(null, RetriedOnConflict.class, true), new ConflictCounter(registry));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return advisor;
    }
}
