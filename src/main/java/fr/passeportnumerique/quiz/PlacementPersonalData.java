package fr.passeportnumerique.quiz;

import fr.passeportnumerique.account.PersonalDataProvider;
import fr.passeportnumerique.base.database.PlainRows;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A learner's placement tests (answers, results) and chosen path in their export; erased with the account. */
@Component
class PlacementPersonalData implements PersonalDataProvider {

    private final JdbcTemplate jdbc;

    PlacementPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "placementTests";
    }

    @Override
    public Object dataOf(long accountId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "tests",
                PlainRows.of(
                        jdbc,
                        "select id, started_at as startedAt, finished_at as finishedAt, stop_reason as stopReason,"
                                + " active_seconds as activeSeconds from placement_test where account_id = ?"
                                + " order by id",
                        accountId));
        data.put(
                "answers",
                PlainRows.of(
                        jdbc,
                        "select a.test_id as testId, a.position, a.module_slug as module, a.question_id as question,"
                                + " a.correct, a.answer, a.answered_at as answeredAt from placement_answer a"
                                + " join placement_test t on t.id = a.test_id where t.account_id = ? order by a.id",
                        accountId));
        data.put(
                "results",
                PlainRows.of(
                        jdbc,
                        "select r.test_id as testId, r.module_slug as module, r.level, r.questions, r.correct"
                                + " from placement_result r join placement_test t on t.id = r.test_id"
                                + " where t.account_id = ? order by r.test_id, r.module_slug",
                        accountId));
        data.put(
                "path",
                PlainRows.of(
                        jdbc,
                        "select module_slug as module, choice, chosen_at as chosenAt from placement_path"
                                + " where account_id = ?",
                        accountId));
        return data;
    }
}
