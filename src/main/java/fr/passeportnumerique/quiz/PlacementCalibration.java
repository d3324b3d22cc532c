package fr.passeportnumerique.quiz;

import fr.passeportnumerique.quiz.placement.CalibrationObservation;
import fr.passeportnumerique.quiz.placement.RaschCalibration;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refits the questions' difficulties from the answers of finished placement tests (Rasch model, docs/placement.md):
 * each answer weighed against the learner's estimated ability in the question's module at the end of their test. A
 * question keeps its authored difficulty until it has {@value #MIN_RESPONSES} answers. Once a night, on one node.
 */
@Component
class PlacementCalibration {

    static final int MIN_RESPONSES = 200;

    private static final Logger LOG = LoggerFactory.getLogger(PlacementCalibration.class);

    private final JdbcTemplate jdbc;
    private final PlacementBank banks;
    private final Clock clock;

    PlacementCalibration(JdbcTemplate jdbc, PlacementBank banks, Clock clock) {
        this.jdbc = jdbc;
        this.banks = banks;
        this.clock = clock;
    }

    @Scheduled(cron = "${passeport.placement.calibration-cron:0 20 4 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "placement-calibration", lockAtMostFor = "PT30M")
    void nightly() {
        int refitted = refit();
        LOG.info("Placement calibration: {} questions with a difficulty fitted from real answers", refitted);
    }

    /** Refits every question with enough answers; answers how many have a fitted difficulty now. */
    @Transactional
    int refit() {
        List<CalibrationObservation> observations = jdbc.query(
                "select a.module_slug, a.question_id, r.ability, a.correct from placement_answer a"
                        + " join placement_test t on t.id = a.test_id and t.finished_at is not null"
                        + " join placement_result r on r.test_id = a.test_id and r.module_slug = a.module_slug",
                (row, index) -> new CalibrationObservation(
                        row.getString(1) + "/" + row.getString(2), row.getDouble(3), row.getBoolean(4)));
        Map<String, Double> authored = banks.authored();
        Map<String, Double> fitted = new RaschCalibration(MIN_RESPONSES).refit(observations, authored);
        Map<String, Long> responses = observations.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        CalibrationObservation::itemKey, java.util.stream.Collectors.counting()));
        int written = 0;
        for (Map.Entry<String, Double> item : fitted.entrySet()) {
            long count = responses.getOrDefault(item.getKey(), 0L);
            if (count < MIN_RESPONSES || !authored.containsKey(item.getKey())) {
                continue;
            }
            String[] key = item.getKey().split("/", 2);
            jdbc.update(
                    "insert into question_calibration (module_slug, question_id, difficulty, responses, fitted_at)"
                            + " values (?, ?, ?, ?, ?) on duplicate key update difficulty = values(difficulty),"
                            + " responses = values(responses), fitted_at = values(fitted_at)",
                    key[0],
                    key[1],
                    item.getValue(),
                    count,
                    Timestamp.from(clock.instant()));
            written++;
        }
        return written;
    }
}
