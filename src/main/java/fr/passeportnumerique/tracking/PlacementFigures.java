package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.quiz.PlacementLevel;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which modules a point's (or a region's) public already masters: each learner's latest finished placement test,
 * counted per module and level in one grouped read.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
public class PlacementFigures {

    // The area's learners, then each one's latest finished test: the highest id, as the learner's own result reads it.
    private static final String LATEST_TESTS = TrackedTables.sql("""
            WITH learners AS (
                SELECT a.id
                FROM {user_account} a
                JOIN {user_account_role} r ON r.account_id = a.id AND r.role = 'LEARNER'
                JOIN {welcome_point} w ON w.id = a.welcome_point_id
                LEFT JOIN {company} c ON c.id = a.company_id
                WHERE %s
            ), latest AS (
                SELECT t.account_id, MAX(t.id) AS test_id
                FROM {placement_test} t JOIN learners l ON l.id = t.account_id
                WHERE t.finished_at IS NOT NULL
                GROUP BY t.account_id
            )
            """);
    private static final String COUNTS = "SELECT (SELECT COUNT(*) FROM learners), (SELECT COUNT(*) FROM latest)";
    private static final String LEVELS = TrackedTables.sql("""
            SELECT p.module_slug, p.level, COUNT(*)
            FROM latest JOIN {placement_result} p ON p.test_id = latest.test_id
            GROUP BY p.module_slug, p.level
            """);

    private final NamedParameterJdbcTemplate jdbc;
    private final PointAccess access;
    private final CurriculumService curriculum;
    private final Clock clock;

    PlacementFigures(NamedParameterJdbcTemplate jdbc, PointAccess access, CurriculumService curriculum, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.curriculum = curriculum;
        this.clock = clock;
    }

    public PlacementDistribution point(long point) {
        access.point(Optional.of(point));
        return read("a.welcome_point_id = :point", new MapSqlParameterSource("point", point));
    }

    /** The region's welcome points' learners, those the filter keeps. */
    @RolesAllowed({AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
    public PlacementDistribution region(String region, AreaFilter filter) {
        access.region(region);
        MapSqlParameterSource parameters = new MapSqlParameterSource("region", region);
        return read(AreaConditions.of("w.region = :region", filter, parameters, clock), parameters);
    }

    private PlacementDistribution read(String where, MapSqlParameterSource parameters) {
        String latest = String.format(LATEST_TESTS, where);
        long[] counts = jdbc.queryForObject(
                latest + COUNTS, parameters, (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
        Map<String, Map<PlacementLevel, Long>> levels = new HashMap<>();
        jdbc.query(latest + LEVELS, parameters, row -> {
            levels.computeIfAbsent(row.getString(1), slug -> new EnumMap<>(PlacementLevel.class))
                    .put(PlacementLevel.valueOf(row.getString(2)), row.getLong(3));
        });
        // A module no longer in the curriculum is left out, as on the learner's own result.
        List<ModuleLevels> modules = curriculum.modules().stream()
                .filter(module -> levels.containsKey(module.slug()))
                .map(module -> {
                    Map<PlacementLevel, Long> found = levels.get(module.slug());
                    return new ModuleLevels(
                            module.number(),
                            module.slug(),
                            module.title(),
                            found.getOrDefault(PlacementLevel.ACQUIS, 0L),
                            found.getOrDefault(PlacementLevel.A_CONSOLIDER, 0L),
                            found.getOrDefault(PlacementLevel.A_DECOUVRIR, 0L));
                })
                .sorted(Comparator.comparingInt(ModuleLevels::number))
                .toList();
        return new PlacementDistribution(counts[0], counts[1], modules);
    }
}
