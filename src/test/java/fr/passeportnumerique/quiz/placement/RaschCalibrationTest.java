package fr.passeportnumerique.quiz.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RaschCalibrationTest {

    private static List<CalibrationObservation> simulated(Map<String, Double> trueDifficulty, int answers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<CalibrationObservation> observations = new ArrayList<>();
        trueDifficulty.forEach((key, difficulty) -> {
            for (int i = 0; i < answers; i++) {
                double ability = random.nextGaussian() * 1.2 - 0.3;
                boolean correct = random.nextDouble() < Rasch.probability(ability, difficulty);
                observations.add(new CalibrationObservation(key, ability, correct));
            }
        });
        return observations;
    }

    private static Map<String, Double> items(int count, double from, double step) {
        Map<String, Double> items = new HashMap<>();
        for (int i = 0; i < count; i++) {
            items.put("module/q" + i, from + step * i);
        }
        return items;
    }

    @Test
    void refitting_recovers_known_difficulties_from_simulated_answers() {
        Map<String, Double> truth = items(12, -2.2, 0.4);
        Map<String, Double> authored = new HashMap<>();
        truth.forEach((key, difficulty) -> authored.put(key, difficulty + (key.hashCode() % 2 == 0 ? 0.6 : -0.6)));

        Map<String, Double> refitted = new RaschCalibration(200).refit(simulated(truth, 2_000, 7), authored);

        truth.forEach((key, difficulty) -> assertThat(refitted.get(key)).as(key).isCloseTo(difficulty, within(0.2)));
    }

    @Test
    void refitting_reads_partly_right_answers_as_right_parts() {
        SplittableRandom random = new SplittableRandom(11);
        List<CalibrationObservation> observations = new ArrayList<>();
        double truth = 0.8;
        for (int i = 0; i < 400; i++) {
            double ability = random.nextGaussian() * 1.2 - 0.3;
            double part = Rasch.probability(ability, truth - PartialCredit.partEase(4));
            int right = 0;
            for (int j = 0; j < 4; j++) {
                right += random.nextDouble() < part ? 1 : 0;
            }
            observations.add(new CalibrationObservation("module/ordre", ability, right / 4.0, 4));
        }

        Map<String, Double> refitted = new RaschCalibration(200).refit(observations, Map.of("module/ordre", 0.0));

        assertThat(refitted.get("module/ordre")).isCloseTo(truth, within(0.2));
    }

    @Test
    void an_item_with_too_few_answers_keeps_its_current_difficulty() {
        Map<String, Double> current = Map.of("module/rare", 1.0, "module/courant", 0.0);
        List<CalibrationObservation> observations = new ArrayList<>(simulated(Map.of("module/rare", -1.0), 50, 3));
        observations.addAll(simulated(Map.of("module/courant", -1.0), 400, 4));

        Map<String, Double> refitted = new RaschCalibration(200).refit(observations, current);

        assertThat(refitted.get("module/rare")).isEqualTo(1.0);
        assertThat(refitted.get("module/courant")).isCloseTo(-1.0, within(0.3));
    }

    @Test
    void an_item_everyone_answers_right_gets_easier_but_stays_finite() {
        List<CalibrationObservation> allRight = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            allRight.add(new CalibrationObservation("module/facile", 0.0, true));
        }

        double refitted = new RaschCalibration(200)
                .refit(allRight, Map.of("module/facile", 0.0))
                .get("module/facile");

        assertThat(refitted).isLessThan(-2).isGreaterThan(-20);
    }

    @Test
    void once_enough_items_are_refitted_their_mean_stays_their_authored_mean() {
        Map<String, Double> truth = items(12, -1.0, 0.2);
        Map<String, Double> authoredTooHard = new HashMap<>();
        truth.forEach((key, difficulty) -> authoredTooHard.put(key, difficulty + 1.0));

        Map<String, Double> refitted = new RaschCalibration(200).refit(simulated(truth, 500, 11), authoredTooHard);

        double authoredMean = authoredTooHard.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        double refittedMean = refitted.values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
        assertThat(refittedMean).isCloseTo(authoredMean, within(1e-9));
    }
}
