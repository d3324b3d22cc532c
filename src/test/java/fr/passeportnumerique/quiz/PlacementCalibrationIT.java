package fr.passeportnumerique.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.quiz.placement.PlacementItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly calibration on the real tables: a question answered in enough finished placements gets a difficulty
 * fitted from those answers, which the next tests use; one answered too rarely keeps its author's.
 */
@IntegrationTest
class PlacementCalibrationIT {

    private static final String MODULE = "cybersecurite";

    @Autowired
    PlacementCalibration calibration;

    @Autowired
    PlacementBank banks;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void forgetTheFit() {
        jdbc.update("delete from question_calibration");
    }

    @Test
    void a_question_everyone_misses_becomes_harder_once_it_has_enough_answers() {
        PlacementItem often = banks.current().items().stream()
                .filter(item -> item.moduleSlug().equals(MODULE))
                .findFirst()
                .orElseThrow();
        PlacementItem rarely = banks.current().items().stream()
                .filter(item -> item.moduleSlug().equals(MODULE) && !item.key().equals(often.key()))
                .findFirst()
                .orElseThrow();
        long learner = TestLearners.accountId(jdbc, TestLearners.register(accounts, "calibration"));
        for (int test = 0; test < PlacementCalibration.MIN_RESPONSES + 20; test++) {
            finishedTest(learner, List.of(often), test < 10 ? List.of(rarely) : List.of());
        }

        calibration.refit();

        double fitted =
                banks.current().item(MODULE, often.questionId()).orElseThrow().difficulty();
        assertThat(fitted)
                .as("a question nearly nobody gets right, for learners of average ability")
                .isGreaterThan(often.difficulty() + 1);
        assertThat(banks.current()
                        .item(MODULE, rarely.questionId())
                        .orElseThrow()
                        .difficulty())
                .isEqualTo(rarely.difficulty());
        assertThat(jdbc.queryForObject(
                        "select responses from question_calibration where question_id = ?",
                        Integer.class,
                        often.questionId()))
                .isEqualTo(PlacementCalibration.MIN_RESPONSES + 20);
    }

    /** A finished test whose learner, of average ability in the module, missed these questions. */
    private void finishedTest(long learner, List<PlacementItem> missed, List<PlacementItem> alsoMissed) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into placement_test (account_id, started_at, finished_at, stop_reason) values (?, ?, ?, ?)",
                learner,
                now,
                now,
                PlacementStop.PRECISE.name());
        long test = jdbc.queryForObject("select max(id) from placement_test", Long.class);
        List<PlacementItem> items = new ArrayList<>(missed);
        items.addAll(alsoMissed);
        for (int position = 0; position < items.size(); position++) {
            PlacementItem item = items.get(position);
            jdbc.update(
                    "insert into placement_answer (test_id, position, module_slug, question_id, difficulty, correct,"
                            + " score, parts, answer, answered_at) values (?, ?, ?, ?, ?, false, 0, ?, '{}', ?)",
                    test,
                    position + 1,
                    item.moduleSlug(),
                    item.questionId(),
                    item.difficulty(),
                    item.parts(),
                    now);
        }
        jdbc.update(
                "insert into placement_result (test_id, module_slug, level, probability, ability, ability_sd,"
                        + " questions, correct) values (?, ?, 'A_CONSOLIDER', 0.4, 0.0, 0.3, ?, 0)",
                test,
                MODULE,
                items.size());
    }
}
