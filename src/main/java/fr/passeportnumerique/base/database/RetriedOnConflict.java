package fr.passeportnumerique.base.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.sql.SQLTransactionRollbackException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.resilience.annotation.Retryable;

/**
 * Runs the method again, in a new transaction, when the database rolled its transaction back over a conflict with
 * another one: an InnoDB deadlock, or on a Galera cluster a certification failure (the same error, 1213, raised at
 * commit when another node committed a write to the same rows first). Three more tries, 50 ms apart and doubling,
 * with jitter so that two learners in conflict do not meet again; the last failure reaches the caller.
 *
 * <p>Only for methods that may safely run twice: they read what they need again inside their transaction.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(
        includes = {ConcurrencyFailureException.class, SQLTransactionRollbackException.class},
        maxRetries = 3,
        delay = 50,
        jitter = 25,
        multiplier = 2,
        maxDelay = 400)
public @interface RetriedOnConflict {}
