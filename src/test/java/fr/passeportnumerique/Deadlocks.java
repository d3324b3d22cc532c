package fr.passeportnumerique;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the conflict tests need to cause a real InnoDB deadlock between a service call and a transaction of their
 * own: a way to make theirs the heavier one (InnoDB rolls back the lighter), a wait until the call waits for a lock,
 * and the server's deadlock counter to prove that one happened.
 */
public final class Deadlocks {

    private final JdbcTemplate jdbc;

    public Deadlocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Deadlocks the server has seen since it started. */
    public long count() {
        return jdbc.query(
                "show global status like 'Innodb_deadlocks'", rows -> rows.next() ? rows.getLong("Value") : -1);
    }

    /** Writes many rows in this transaction, so that InnoDB picks the other one to roll back. */
    public void makeHeavier(Connection transaction) throws SQLException {
        jdbc.execute("create table if not exists conflict_ballast (id int auto_increment primary key, filler"
                + " varchar(100) not null) engine = InnoDB");
        try (PreparedStatement ballast =
                transaction.prepareStatement("insert into conflict_ballast (filler) values (?)")) {
            for (int i = 0; i < 300; i++) {
                ballast.setString(1, "ligne " + i);
                ballast.addBatch();
            }
            ballast.executeBatch();
        }
    }

    public void dropBallast() {
        jdbc.execute("drop table if exists conflict_ballast");
    }

    /** Waits until a statement beginning with these words (any case) runs, that is waits for a lock. */
    public void awaitWaiting(String statementStart, CompletableFuture<?> call) throws Exception {
        for (int i = 0; i < 200; i++) {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from information_schema.processlist where lower(info) like lower(?)",
                    Integer.class,
                    statementStart + "%");
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("« " + statementStart + " » never waited for a lock; the call "
                + (call.isDone()
                        ? "ended with "
                                + call.handle((result, e) -> e == null ? result : e)
                                        .get()
                        : "runs"));
    }

    public static void execute(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.execute();
        }
    }
}
