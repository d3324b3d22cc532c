package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.FollowScope;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
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

    private final NamedParameterJdbcTemplate jdbc;
    private final PointAccess access;
    private final CurriculumService curriculum;
    private final Clock clock;
    // Built here rather than injected: they are reached only through this service's access rules.
    private final PointLearners pointLearners;
    private final ModuleStates moduleStates;
    private final WeeklyCounts weeklyCounts;

    PointDashboard(NamedParameterJdbcTemplate jdbc, PointAccess access, CurriculumService curriculum, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.curriculum = curriculum;
        this.clock = clock;
        this.pointLearners = new PointLearners(jdbc);
        this.moduleStates = new ModuleStates(jdbc);
        this.weeklyCounts = new WeeklyCounts(jdbc, clock);
    }

    /** The point shown: the one asked for if the person may see it, else their own. */
    public long point(Optional<Long> asked) {
        return access.point(asked);
    }

    /** The points the person may look at, by name: their own, their region's, or all of them. */
    public List<PointChoice> points() {
        FollowScope scope = access.scope();
        String where = scope.everyone()
                ? ""
                : scope.region().isPresent() ? " WHERE w.region = :region" : " WHERE w.id = :point";
        return jdbc.query(
                TrackedTables.sql("SELECT w.id, w.name, w.town, w.region FROM {welcome_point} w") + where
                        + " ORDER BY w.town, w.name",
                new MapSqlParameterSource("region", scope.region().orElse(""))
                        .addValue("point", scope.welcomePointId().orElse(-1L)),
                (row, n) -> new PointChoice(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
    }

    public PointChoice describe(long point) {
        access.point(Optional.of(point));
        return jdbc.queryForObject(
                TrackedTables.sql("SELECT w.id, w.name, w.town, w.region FROM {welcome_point} w WHERE w.id = :point"),
                new MapSqlParameterSource("point", point),
                (row, n) -> new PointChoice(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
    }

    public PointFigures figures(long point) {
        access.point(Optional.of(point));
        return jdbc.queryForObject(
                "SELECT " + FigureColumns.SELECT + PointLearners.LEARNERS_OF_POINT,
                new MapSqlParameterSource("point", point).addValue("since", FigureColumns.activeSince(clock)),
                (row, n) -> FigureColumns.read(row));
    }

    public long countLearners(long point, LearnerQuery query) {
        access.point(Optional.of(point));
        return pointLearners.count(point, query);
    }

    public List<LearnerRow> learners(long point, LearnerQuery query, int offset, int limit) {
        access.point(Optional.of(point));
        int modules = curriculum.modules().size();
        return pointLearners.page(point, query, offset, limit, modules);
    }

    /** For each learner, their state in each module of the curriculum, in the curriculum's order. */
    public Map<Long, List<CellState>> heatMap(long point, Collection<Long> learners) {
        access.point(Optional.of(point));
        return moduleStates.of(point, learners, curriculum.modules());
    }

    /** Each module's completion among the point's learners and their average best score. */
    public List<ModuleFigure> modules(long point) {
        PointFigures figures = figures(point);
        Map<String, Object[]> byModule = new HashMap<>();
        jdbc.query(TrackedTables.sql("""
                SELECT p.module_slug, SUM(p.stamped_at IS NOT NULL), AVG(p.best_score)
                FROM {module_progress} p JOIN {user_account} a ON a.id = p.account_id
                WHERE a.welcome_point_id = :point
                GROUP BY p.module_slug
                """), new MapSqlParameterSource("point", point), row -> {
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
        return weeklyCounts.of(point, weeks);
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
}
