package fr.passeportnumerique.base.database;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Whether a failure is a transaction the database rolled back over another one: an InnoDB deadlock, or on a Galera
 * cluster a certification failure (the same error, 1213), as Spring translates it or as the driver raised it, however
 * deeply a library wrapped it.
 */
public final class DatabaseConflicts {

    private static final int DEADLOCK = 1213;

    private DatabaseConflicts() {}

    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException
                    || cause instanceof SQLTransactionRollbackException
                    || cause instanceof SQLException sql && sql.getErrorCode() == DEADLOCK) {
                return true;
            }
        }
        return false;
    }
}
