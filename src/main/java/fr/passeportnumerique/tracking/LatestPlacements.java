package fr.passeportnumerique.tracking;

import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.quiz.PlacementLevel;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Learners' latest finished placement tests, as the learners' CSV lists them: when, and the modules found mastered.
 * The caller has already checked that it may see these learners.
 */
@Component
class LatestPlacements {

    private static final String LATEST = TrackedTables.sql("""
            SELECT t.account_id, t.finished_at, p.module_slug
            FROM {placement_test} t
            JOIN (SELECT account_id, MAX(id) AS id FROM {placement_test}
                  WHERE finished_at IS NOT NULL AND account_id IN (:learners)
                  GROUP BY account_id) latest ON latest.id = t.id
            LEFT JOIN {placement_result} p ON p.test_id = t.id AND p.level = :acquis
            """);

    private final NamedParameterJdbcTemplate jdbc;
    private final CurriculumService curriculum;

    LatestPlacements(NamedParameterJdbcTemplate jdbc, CurriculumService curriculum) {
        this.jdbc = jdbc;
        this.curriculum = curriculum;
    }

    /** The learners who finished a test, by id; the others are absent. */
    Map<Long, LatestPlacement> of(Collection<Long> learners) {
        if (learners.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> numbers =
                curriculum.modules().stream().collect(Collectors.toMap(ModuleSummary::slug, ModuleSummary::number));
        Map<Long, Instant> finished = new HashMap<>();
        Map<Long, List<Integer>> acquired = new HashMap<>();
        jdbc.query(
                LATEST,
                new MapSqlParameterSource("learners", learners).addValue("acquis", PlacementLevel.ACQUIS.name()),
                row -> {
                    long learner = row.getLong(1);
                    finished.put(learner, row.getTimestamp(2).toInstant());
                    Integer number = numbers.get(row.getString(3));
                    if (number != null) {
                        acquired.computeIfAbsent(learner, id -> new ArrayList<>())
                                .add(number);
                    }
                });
        Map<Long, LatestPlacement> placements = new HashMap<>();
        finished.forEach((learner, at) -> placements.put(
                learner,
                new LatestPlacement(
                        at,
                        acquired.getOrDefault(learner, List.of()).stream()
                                .sorted()
                                .toList())));
        return placements;
    }

    /** {@code acquiredModules}: the numbers of the modules found mastered, in order. */
    record LatestPlacement(Instant finishedAt, List<Integer> acquiredModules) {}
}
