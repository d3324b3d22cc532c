package fr.passeportnumerique.tracking;

import fr.passeportnumerique.tracking.internal.TrackedTables;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** A welcome point's last weeks, Monday to Sunday in Paris: enrolments, stamps, graduations and handoff requests. */
final class WeeklyCounts {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    WeeklyCounts(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The last {@code weeks} weeks at the point, oldest first, the current week included. */
    List<WeekFigures> of(long point, int weeks) {
        LocalDate thisMonday =
                LocalDate.ofInstant(clock.instant(), PARIS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        Timestamp since = Timestamp.from(first.atStartOfDay(PARIS).toInstant());
        Map<LocalDate, long[]> byWeek = new LinkedHashMap<>();
        for (int i = 0; i < weeks; i++) {
            byWeek.put(first.plusWeeks(i), new long[4]);
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("point", point).addValue("since", since);
        countByWeek(
                byWeek,
                0,
                TrackedTables.sql("SELECT a.created_at FROM {user_account} a"
                        + " JOIN {user_account_role} r ON r.account_id = a.id AND r.role = 'LEARNER'"
                        + " WHERE a.welcome_point_id = :point AND a.created_at >= :since"),
                parameters);
        countByWeek(
                byWeek,
                1,
                TrackedTables.sql("SELECT p.stamped_at FROM {module_progress} p JOIN {user_account} a"
                        + " ON a.id = p.account_id WHERE a.welcome_point_id = :point AND p.stamped_at >= :since"),
                parameters);
        countByWeek(
                byWeek,
                2,
                TrackedTables.sql("SELECT s.graduated_at FROM learner_standing s JOIN {user_account} a"
                        + " ON a.id = s.account_id WHERE a.welcome_point_id = :point AND s.graduated_at >= :since"),
                parameters);
        countByWeek(
                byWeek,
                3,
                TrackedTables.sql("SELECT h.created_at FROM {handoff_request} h JOIN {user_account} a"
                        + " ON a.id = h.account_id WHERE a.welcome_point_id = :point AND h.created_at >= :since"),
                parameters);
        return byWeek.entrySet().stream()
                .map(week -> new WeekFigures(
                        week.getKey(), week.getValue()[0], week.getValue()[1], week.getValue()[2], week.getValue()[3]))
                .toList();
    }

    private void countByWeek(Map<LocalDate, long[]> byWeek, int column, String sql, MapSqlParameterSource parameters) {
        jdbc.query(sql, parameters, row -> {
            LocalDate monday = LocalDate.ofInstant(row.getTimestamp(1).toInstant(), PARIS)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] counts = byWeek.get(monday);
            if (counts != null) {
                counts[column]++;
            }
        });
    }
}
