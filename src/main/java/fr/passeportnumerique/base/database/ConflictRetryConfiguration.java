package fr.passeportnumerique.base.database;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.resilience.annotation.EnableResilientMethods;

/**
 * Turns {@link RetriedOnConflict} on. The retry wraps everything else on the method (security, transaction), so
 * that each try gets a transaction of its own instead of repeating inside one already rolled back.
 */
@Configuration(proxyBeanMethods = false)
@EnableResilientMethods(order = Ordered.HIGHEST_PRECEDENCE)
class ConflictRetryConfiguration {}
