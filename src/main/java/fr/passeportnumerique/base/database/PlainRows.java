package fr.passeportnumerique.base.database;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows as plain values for an export: column names as keys, times as ISO-8601 instants. */
public final class PlainRows {

    private PlainRows() {}

    public static List<Map<String, Object>> of(JdbcTemplate jdbc, String sql, Object... arguments) {
        return jdbc.queryForList(sql, arguments).stream().map(PlainRows::plain).toList();
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(
                column, value instanceof Timestamp time ? time.toInstant().toString() : value));
        return plain;
    }
}
