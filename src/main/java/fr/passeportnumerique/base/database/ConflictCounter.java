package fr.passeportnumerique.base.database;

import io.micrometer.core.instrument.MeterRegistry;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Counts each try of a {@link RetriedOnConflict} method that the database rolled back over a conflict, as the metric
 * {@value #METRIC} tagged with the method: how often a cluster's nodes (or two learners) met on the same rows. It sits
 * inside the retry, so it sees every failed try, retried or not.
 */
final class ConflictCounter implements MethodInterceptor {

    static final String METRIC = "passeport.database.conflicts";

    private final ObjectProvider<MeterRegistry> registry;

    ConflictCounter(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        try {
            return invocation.proceed();
        } catch (Throwable failure) {
            if (DatabaseConflicts.isConflict(failure)) {
                registry.ifAvailable(meters ->
                        meters.counter(METRIC, "method", name(invocation)).increment());
            }
            throw failure;
        }
    }

    private static String name(MethodInvocation invocation) {
        return invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName();
    }
}
