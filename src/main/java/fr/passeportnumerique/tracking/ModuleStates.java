package fr.passeportnumerique.tracking;

import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Where each of some learners stands in each module (the dashboard's heat map): lessons read, then failed quizzes,
 * then progress recorded, each reading refining the state the previous one left.
 */
final class ModuleStates {

    private final NamedParameterJdbcTemplate jdbc;

    ModuleStates(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For each learner, their state in each of the modules, in the modules' order. */
    Map<Long, List<CellState>> of(long point, Collection<Long> learners, List<ModuleSummary> modules) {
        Map<Long, List<CellState>> map = new LinkedHashMap<>();
        if (learners.isEmpty()) {
            return map;
        }
        Map<String, CellState> cells = cells(new MapSqlParameterSource("ids", learners).addValue("point", point));
        for (Long learner : learners) {
            map.put(
                    learner,
                    modules.stream()
                            .map(module -> cells.getOrDefault(key(learner, module.slug()), CellState.NOT_STARTED))
                            .toList());
        }
        return map;
    }

    private Map<String, CellState> cells(MapSqlParameterSource ids) {
        Map<String, CellState> cells = new HashMap<>();
        jdbc.query(
                TrackedTables.sql(
                        "SELECT l.account_id, l.module_slug FROM {lesson_completion} l JOIN {user_account} a ON a.id = l.account_id"
                                + " WHERE l.account_id IN (:ids) AND a.welcome_point_id = :point"
                                + " GROUP BY l.account_id, l.module_slug"),
                ids,
                row -> {
                    cells.put(key(row.getLong(1), row.getString(2)), CellState.IN_PROGRESS);
                });
        jdbc.query(
                TrackedTables.sql(
                        "SELECT q.account_id, q.module_slug FROM {quiz_attempt} q JOIN {user_account} a ON a.id = q.account_id"
                                + " WHERE q.account_id IN (:ids) AND a.welcome_point_id = :point AND q.passed = FALSE"
                                + " GROUP BY q.account_id, q.module_slug"),
                ids,
                row -> {
                    cells.put(key(row.getLong(1), row.getString(2)), CellState.QUIZ_FAILED);
                });
        jdbc.query(
                TrackedTables.sql(
                        "SELECT p.account_id, p.module_slug, p.stamped_at IS NOT NULL, p.quiz_passed_at IS NOT NULL,"
                                + " p.seconds_spent FROM {module_progress} p JOIN {user_account} a ON a.id = p.account_id"
                                + " WHERE p.account_id IN (:ids) AND a.welcome_point_id = :point"),
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
        return cells;
    }

    private static String key(long learner, String module) {
        return learner + "/" + module;
    }
}
