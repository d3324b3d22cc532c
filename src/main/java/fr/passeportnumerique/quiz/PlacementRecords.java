package fr.passeportnumerique.quiz;

import fr.passeportnumerique.quiz.placement.ModuleEstimate;
import fr.passeportnumerique.quiz.placement.PlacementResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The placement tests' answers, results and the learners' chosen paths, as rows. */
@Component
class PlacementRecords {

    private final JdbcTemplate jdbc;

    PlacementRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PlacementResponse> responses(long testId) {
        return jdbc.query(
                "select module_slug, question_id, difficulty, score, parts from placement_answer where test_id = ?"
                        + " order by position",
                (row, index) -> new PlacementResponse(
                        row.getString(1), row.getString(2), row.getDouble(3), row.getDouble(4), row.getInt(5)),
                testId);
    }

    void answer(long testId, int position, PlacementResponse response, String answerJson, Instant when) {
        jdbc.update(
                "insert into placement_answer (test_id, position, module_slug, question_id, difficulty, correct,"
                        + " score, parts, answer, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                testId,
                position,
                response.moduleSlug(),
                response.questionId(),
                response.difficulty(),
                response.correct(),
                response.score(),
                response.parts(),
                answerJson,
                Timestamp.from(when));
    }

    void results(long testId, List<ModuleEstimate> estimates, List<PlacementResponse> responses) {
        for (ModuleEstimate estimate : estimates) {
            long right = responses.stream()
                    .filter(response -> response.moduleSlug().equals(estimate.moduleSlug()) && response.correct())
                    .count();
            jdbc.update(
                    "insert into placement_result (test_id, module_slug, level, probability, ability, ability_sd,"
                            + " questions, correct) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    testId,
                    estimate.moduleSlug(),
                    estimate.level().name(),
                    estimate.probabilityMastered(),
                    estimate.mean(),
                    estimate.sd(),
                    estimate.questions(),
                    right);
        }
    }

    /** The result per module of a finished test. */
    Map<String, Result> resultsOf(long testId) {
        Map<String, Result> results = new HashMap<>();
        jdbc.query(
                "select module_slug, level, questions, correct from placement_result where test_id = ?",
                row -> {
                    results.put(
                            row.getString(1),
                            new Result(PlacementLevel.valueOf(row.getString(2)), row.getInt(3), row.getInt(4)));
                },
                testId);
        return results;
    }

    /** The level of a module in the learner's latest finished test, if they took one. */
    Optional<PlacementLevel> latestLevel(long accountId, String moduleSlug) {
        return jdbc
                .query(
                        "select r.level from placement_result r join placement_test t on t.id = r.test_id"
                                + " where t.account_id = ? and r.module_slug = ? and t.finished_at is not null"
                                + " order by t.id desc limit 1",
                        (row, index) -> PlacementLevel.valueOf(row.getString(1)),
                        accountId,
                        moduleSlug)
                .stream()
                .findFirst();
    }

    Map<String, PathChoice> paths(long accountId) {
        Map<String, PathChoice> paths = new HashMap<>();
        jdbc.query(
                "select module_slug, choice from placement_path where account_id = ?",
                row -> {
                    paths.put(row.getString(1), PathChoice.valueOf(row.getString(2)));
                },
                accountId);
        return paths;
    }

    void choosePath(long accountId, String moduleSlug, PathChoice choice, Instant when) {
        jdbc.update(
                "insert into placement_path (account_id, module_slug, choice, chosen_at) values (?, ?, ?, ?)"
                        + " on duplicate key update choice = values(choice), chosen_at = values(chosen_at)",
                accountId,
                moduleSlug,
                choice.name(),
                Timestamp.from(when));
    }

    void forgetPaths(long accountId) {
        jdbc.update("delete from placement_path where account_id = ?", accountId);
    }

    record Result(PlacementLevel level, int questions, int correct) {}
}
