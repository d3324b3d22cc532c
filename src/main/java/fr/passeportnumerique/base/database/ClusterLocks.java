package fr.passeportnumerique.base.database;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named locks that hold for the rest of the caller's transaction, on every node of a cluster: the lock is a row of
 * {@code cluster_lock}, written at once. On one MariaDB server (or one Galera node, where every application node
 * writes) a second taker waits for the first to commit; on two Galera nodes the second one's commit fails
 * certification and runs again ({@link RetriedOnConflict}), after the first.
 */
@Component
public class ClusterLocks {

    private static final String HOLDER = ManagementFactory.getRuntimeMXBean().getName();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClusterLocks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void holdUntilCommit(String name) {
        int rows = jdbc.update(
                "update cluster_lock set taken_at = ?, taken_by = ? where name = ?",
                Timestamp.from(clock.instant()),
                HOLDER,
                name);
        if (rows != 1) {
            throw new IncorrectResultSizeDataAccessException("No cluster lock named " + name, 1, rows);
        }
    }
}
