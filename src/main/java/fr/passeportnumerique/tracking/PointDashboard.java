package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import jakarta.annotation.security.RolesAllowed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A welcome point's dashboard: key figures, its learners (a page at a time), where each stands in each module, and
 * each module's completion. Reads learners' standings (kept by events) through indexes, never a scan of progress.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
public class PointDashboard {

    static final String LEARNERS_OF_POINT = """
            FROM user_account a
            JOIN user_account_role r ON r.account_id = a.id AND r.role = 'LEARNER'
            LEFT JOIN learner_standing s ON s.account_id = a.id
            LEFT JOIN company c ON c.id = a.company_id
            WHERE a.welcome_point_id = :point
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final PointAccess access;
    private final CurriculumService curriculum;
    private final Clock clock;

    PointDashboard(NamedParameterJdbcTemplate jdbc, PointAccess access, CurriculumService curriculum, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    /** The point shown: the one asked for if the person may see it, else their own. */
    public long point(Optional<Long> asked) {
        return access.point(asked);
    }

    /** The points the person may look at, by name: their own, their region's, or all of them. */
    public List<PointChoice> points() {
        fr.passeportnumerique.account.FollowScope scope = access.scope();
        String where = scope.everyone()
                ? ""
                : scope.region().isPresent() ? " WHERE w.region = :region" : " WHERE w.id = :point";
        return jdbc.query(
                "SELECT w.id, w.name, w.town, w.region FROM welcome_point w" + where + " ORDER BY w.town, w.name",
                new MapSqlParameterSource("region", scope.region().orElse(""))
                        .addValue("point", scope.welcomePointId().orElse(-1L)),
                (row, n) -> new PointChoice(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
    }

    public PointChoice describe(long point) {
        access.point(Optional.of(point));
        return jdbc.queryForObject(
                "SELECT w.id, w.name, w.town, w.region FROM welcome_point w WHERE w.id = :point",
                new MapSqlParameterSource("point", point),
                (row, n) -> new PointChoice(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
    }

    public PointFigures figures(long point) {
        access.point(Optional.of(point));
        return jdbc.queryForObject(
                "SELECT " + FigureColumns.SELECT + LEARNERS_OF_POINT,
                new MapSqlParameterSource("point", point).addValue("since", FigureColumns.activeSince(clock)),
                (row, n) -> FigureColumns.read(row));
    }

    public long countLearners(long point, LearnerQuery query) {
        access.point(Optional.of(point));
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) " + LEARNERS_OF_POINT + matching(query), parameters(point, query), Long.class);
        return count == null ? 0 : count;
    }

    public List<LearnerRow> learners(long point, LearnerQuery query, int offset, int limit) {
        access.point(Optional.of(point));
        int modules = curriculum.modules().size();
        String order = query.sort().column + (query.descending() ? " DESC" : " ASC") + ", a.id";
        return jdbc.query(
                """
                SELECT a.id, a.full_name, c.name AS company, c.sector, c.employees, s.last_activity_at,
                       COALESCE(s.modules_done, 0) AS modules_done, s.graduated_at
                """ + LEARNERS_OF_POINT + matching(query) + " ORDER BY " + order + " LIMIT :limit OFFSET :offset",
                parameters(point, query).addValue("limit", limit).addValue("offset", offset),
                (row, n) -> learner(row, modules));
    }

    /** For each learner, their state in each module of the curriculum, in the curriculum's order. */
    public Map<Long, List<CellState>> heatMap(long point, Collection<Long> learners) {
        access.point(Optional.of(point));
        Map<Long, List<CellState>> map = new LinkedHashMap<>();
        if (learners.isEmpty()) {
            return map;
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", learners).addValue("point", point);
        Map<String, CellState> cells = new HashMap<>();
        jdbc.query(
                "SELECT l.account_id, l.module_slug FROM lesson_completion l JOIN user_account a ON a.id = l.account_id"
                        + " WHERE l.account_id IN (:ids) AND a.welcome_point_id = :point"
                        + " GROUP BY l.account_id, l.module_slug",
                ids,
                row -> {
                    cells.put(key(row.getLong(1), row.getString(2)), CellState.IN_PROGRESS);
                });
        jdbc.query(
                "SELECT q.account_id, q.module_slug FROM quiz_attempt q JOIN user_account a ON a.id = q.account_id"
                        + " WHERE q.account_id IN (:ids) AND a.welcome_point_id = :point AND q.passed = FALSE"
                        + " GROUP BY q.account_id, q.module_slug",
                ids,
                row -> {
                    cells.put(key(row.getLong(1), row.getString(2)), CellState.QUIZ_FAILED);
                });
        jdbc.query(
                "SELECT p.account_id, p.module_slug, p.stamped_at IS NOT NULL, p.quiz_passed_at IS NOT NULL,"
                        + " p.seconds_spent FROM module_progress p JOIN user_account a ON a.id = p.account_id"
                        + " WHERE p.account_id IN (:ids) AND a.welcome_point_id = :point",
                ids,
                row -> {
                    String key = key(row.getLong(1), row.getString(2));
                    if (row.getBoolean(3)) {
                        cells.put(key, CellState.COMPLETED);
                    } else if (row.getBoolean(4) && cells.get(key) == CellState.QUIZ_FAILED) {
                        cells.put(key, CellState.IN_PROGRESS);
                    } else if (row.getLong(5) > 0) {
                        cells.putIfAbsent(key, CellState.IN_PROGRESS);
                    }
                });
        List<ModuleSummary> modules = curriculum.modules();
        for (Long learner : learners) {
            map.put(
                    learner,
                    modules.stream()
                            .map(module -> cells.getOrDefault(key(learner, module.slug()), CellState.NOT_STARTED))
                            .toList());
        }
        return map;
    }

    /** Each module's completion among the point's learners and their average best score. */
    public List<ModuleFigure> modules(long point) {
        PointFigures figures = figures(point);
        Map<String, Object[]> byModule = new HashMap<>();
        jdbc.query("""
                SELECT p.module_slug, SUM(p.stamped_at IS NOT NULL), AVG(p.best_score)
                FROM module_progress p JOIN user_account a ON a.id = p.account_id
                WHERE a.welcome_point_id = :point
                GROUP BY p.module_slug
                """, new MapSqlParameterSource("point", point), row -> {
            byModule.put(row.getString(1), new Object[] {row.getLong(2), row.getObject(3)});
        });
        return curriculum.modules().stream()
                .map(module -> {
                    Object[] found = byModule.getOrDefault(module.slug(), new Object[] {0L, null});
                    OptionalDouble average = found[1] == null
                            ? OptionalDouble.empty()
                            : OptionalDouble.of(((Number) found[1]).doubleValue());
                    return new ModuleFigure(
                            module.number(),
                            module.slug(),
                            module.title(),
                            (Long) found[0],
                            figures.enrolled(),
                            average);
                })
                .collect(Collectors.toList());
    }

    /** The last {@code weeks} weeks at the point, oldest first, the current week included. */
    public List<WeekFigures> weekly(long point, int weeks) {
        access.point(Optional.of(point));
        ZoneId paris = ZoneId.of("Europe/Paris");
        LocalDate thisMonday =
                LocalDate.ofInstant(clock.instant(), paris).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        Timestamp since = Timestamp.from(first.atStartOfDay(paris).toInstant());
        Map<LocalDate, long[]> byWeek = new LinkedHashMap<>();
        for (int i = 0; i < weeks; i++) {
            byWeek.put(first.plusWeeks(i), new long[4]);
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource("point", point).addValue("since", since);
        countByWeek(
                byWeek,
                0,
                paris,
                "SELECT a.created_at FROM user_account a"
                        + " JOIN user_account_role r ON r.account_id = a.id AND r.role = 'LEARNER'"
                        + " WHERE a.welcome_point_id = :point AND a.created_at >= :since",
                parameters);
        countByWeek(
                byWeek,
                1,
                paris,
                "SELECT p.stamped_at FROM module_progress p JOIN user_account a"
                        + " ON a.id = p.account_id WHERE a.welcome_point_id = :point AND p.stamped_at >= :since",
                parameters);
        countByWeek(
                byWeek,
                2,
                paris,
                "SELECT s.graduated_at FROM learner_standing s JOIN user_account a"
                        + " ON a.id = s.account_id WHERE a.welcome_point_id = :point AND s.graduated_at >= :since",
                parameters);
        countByWeek(
                byWeek,
                3,
                paris,
                "SELECT h.created_at FROM handoff_request h JOIN user_account a"
                        + " ON a.id = h.account_id WHERE a.welcome_point_id = :point AND h.created_at >= :since",
                parameters);
        return byWeek.entrySet().stream()
                .map(week -> new WeekFigures(
                        week.getKey(), week.getValue()[0], week.getValue()[1], week.getValue()[2], week.getValue()[3]))
                .toList();
    }

    private void countByWeek(
            Map<LocalDate, long[]> byWeek, int column, ZoneId zone, String sql, MapSqlParameterSource parameters) {
        jdbc.query(sql, parameters, row -> {
            LocalDate monday = LocalDate.ofInstant(row.getTimestamp(1).toInstant(), zone)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            long[] counts = byWeek.get(monday);
            if (counts != null) {
                counts[column]++;
            }
        });
    }

    /** The questions the point's learners miss most often (answered at least three times), worst first. */
    public List<MissedQuestion> mostMissed(long point, int count) {
        access.point(Optional.of(point));
        return jdbc.query(
                "SELECT module_slug, question_id, prompt, answers, misses FROM question_stat"
                        + " WHERE welcome_point_id = :point AND answers >= 3 AND misses > 0"
                        + " ORDER BY misses / answers DESC, misses DESC LIMIT :count",
                new MapSqlParameterSource("point", point).addValue("count", count),
                (row, n) -> new MissedQuestion(
                        row.getString(1), row.getString(2), row.getString(3), row.getLong(4), row.getLong(5)));
    }

    private static String key(long learner, String module) {
        return learner + "/" + module;
    }

    private static String matching(LearnerQuery query) {
        StringBuilder where = new StringBuilder();
        if (!query.words().isBlank()) {
            where.append(" AND (a.full_name LIKE :words OR c.name LIKE :words)");
        }
        query.sector().ifPresent(sector -> where.append(" AND c.sector = :sector"));
        query.graduated()
                .ifPresent(graduated ->
                        where.append(graduated ? " AND s.graduated_at IS NOT NULL" : " AND s.graduated_at IS NULL"));
        return where.toString();
    }

    private static MapSqlParameterSource parameters(long point, LearnerQuery query) {
        String words = "%"
                + query.words()
                        .strip()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return new MapSqlParameterSource("point", point)
                .addValue("words", words)
                .addValue("sector", query.sector().orElse(""));
    }

    static LearnerRow learner(ResultSet row, int modules) throws SQLException {
        Timestamp last = row.getTimestamp("last_activity_at");
        return new LearnerRow(
                row.getLong("id"),
                row.getString("full_name"),
                Optional.ofNullable(row.getString("company")).orElse(""),
                Optional.ofNullable(row.getString("sector")).orElse(""),
                row.getInt("employees"),
                Optional.ofNullable(last).map(Timestamp::toInstant),
                row.getInt("modules_done"),
                modules,
                row.getTimestamp("graduated_at") != null);
    }

    static Instant daysAgo(Clock clock, int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }
}
