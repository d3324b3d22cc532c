package fr.passeportnumerique.quiz;

import fr.passeportnumerique.quiz.placement.AbilityPriorFit;
import fr.passeportnumerique.quiz.placement.CalibrationObservation;
import fr.passeportnumerique.quiz.placement.MasteryLevel;
import fr.passeportnumerique.quiz.placement.ModuleEstimate;
import fr.passeportnumerique.quiz.placement.PlacementResponse;
import fr.passeportnumerique.quiz.placement.RaschCalibration;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refits, from the answers of finished placement tests (docs/placement.md, « Difficulties »): each question's
 * difficulty once it has {@value #MIN_RESPONSES} answers (Rasch, each answer weighed against a plausible value of
 * the learner's ability in the module at the end of their test), then the abilities' prior once
 * {@value #MIN_PLACEMENTS} tests are finished. Once a night, on one node.
 */
@Component
class PlacementCalibration {

    static final int MIN_RESPONSES = 200;
    static final int MIN_PLACEMENTS = 500;

    private static final Logger LOG = LoggerFactory.getLogger(PlacementCalibration.class);

    private final JdbcTemplate jdbc;
    private final PlacementBank banks;
    private final PlacementPriors priors;
    private final Clock clock;

    PlacementCalibration(JdbcTemplate jdbc, PlacementBank banks, PlacementPriors priors, Clock clock) {
        this.jdbc = jdbc;
        this.banks = banks;
        this.priors = priors;
        this.clock = clock;
    }

    @Scheduled(cron = "${passeport.placement.calibration-cron:0 20 4 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "placement-calibration", lockAtMostFor = "PT30M")
    void nightly() {
        int refitted = refit();
        LOG.info("Placement calibration: {} questions with a difficulty fitted from real answers", refitted);
    }

    /** Refits what has enough answers; answers how many questions have a fitted difficulty now. */
    @Transactional
    int refit() {
        Map<Long, List<Answered>> tests = finishedAnswers();
        List<CalibrationObservation> observations = new ArrayList<>();
        Map<String, Integer> responses = new HashMap<>();
        tests.forEach((testId, answers) -> answers.forEach(answered -> {
            // One draw per learner and module, seeded, so that a rerun on the same data gives the same difficulties.
            double z = new Random(testId * 31 + answered.estimate().moduleSlug().hashCode()).nextGaussian();
            CalibrationObservation observation =
                    CalibrationObservation.plausible(answered.response(), answered.estimate(), z);
            observations.add(observation);
            responses.merge(observation.itemKey(), 1, Integer::sum);
        }));
        Map<String, Double> authored = banks.authored();
        Map<String, Double> fitted = new RaschCalibration(MIN_RESPONSES).refit(observations, authored);
        int written = 0;
        for (Map.Entry<String, Double> item : fitted.entrySet()) {
            int count = responses.getOrDefault(item.getKey(), 0);
            if (count >= MIN_RESPONSES && authored.containsKey(item.getKey())) {
                String[] key = item.getKey().split("/", 2);
                jdbc.update(
                        "insert into question_calibration (module_slug, question_id, difficulty, responses,"
                                + " fitted_at) values (?, ?, ?, ?, ?) on duplicate key update"
                                + " difficulty = values(difficulty), responses = values(responses),"
                                + " fitted_at = values(fitted_at)",
                        key[0],
                        key[1],
                        item.getValue(),
                        count,
                        Timestamp.from(clock.instant()));
                written++;
            }
        }
        if (tests.size() >= MIN_PLACEMENTS) {
            List<List<PlacementResponse>> placements = tests.values().stream()
                    .map(answers -> answers.stream().map(Answered::response).toList())
                    .toList();
            priors.keep(
                    new AbilityPriorFit(banks.current().modules(), PlacementEngine.MODEL).refit(placements),
                    tests.size(),
                    clock.instant());
        }
        return written;
    }

    private Map<Long, List<Answered>> finishedAnswers() {
        Map<Long, List<Answered>> tests = new LinkedHashMap<>();
        jdbc.query(
                "select a.test_id, a.module_slug, a.question_id, a.difficulty, a.score, a.parts, r.ability,"
                        + " r.ability_sd, r.probability, r.questions, r.level from placement_answer a"
                        + " join placement_test t on t.id = a.test_id and t.finished_at is not null"
                        + " join placement_result r on r.test_id = a.test_id and r.module_slug = a.module_slug"
                        + " order by a.test_id, a.position",
                row -> {
                    String module = row.getString(2);
                    tests.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new Answered(
                                    new PlacementResponse(
                                            module,
                                            row.getString(3),
                                            row.getDouble(4),
                                            row.getDouble(5),
                                            row.getInt(6)),
                                    new ModuleEstimate(
                                            module,
                                            row.getDouble(7),
                                            row.getDouble(8),
                                            row.getDouble(9),
                                            row.getInt(10),
                                            MasteryLevel.valueOf(row.getString(11)),
                                            true)));
                });
        return tests;
    }

    private record Answered(PlacementResponse response, ModuleEstimate estimate) {}
}
