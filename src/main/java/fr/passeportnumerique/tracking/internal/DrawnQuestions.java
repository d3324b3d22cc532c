package fr.passeportnumerique.tracking.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The questions a fictional attempt draws and those it misses, about as many as its score says. A few questions are
 * much harder than the rest, so that a point's figures of the questions most often missed name some. Drawn with a
 * random sequence of their own: the learners stay those their seed always gave.
 */
final class DrawnQuestions {

    private final Random random;
    private final Map<CohortGenerator.QuizQuestion, Double> difficulty = new HashMap<>();

    DrawnQuestions(Random random, List<CohortGenerator.Module> modules) {
        this.random = random;
        // Weights from 0.2 to 3.2, most of them low.
        for (CohortGenerator.Module module : modules) {
            for (CohortGenerator.QuizQuestion question : module.questions()) {
                difficulty.put(question, 0.2 + 3 * Math.pow(random.nextDouble(), 3));
            }
        }
    }

    /** Counts at the point each question one attempt at the module drew, missed or not. */
    void answer(CohortRows rows, long point, CohortGenerator.Module module, int score) {
        List<CohortGenerator.QuizQuestion> drawn = new ArrayList<>(module.questions());
        Collections.shuffle(drawn, random);
        drawn = drawn.subList(0, Math.min(module.draw(), drawn.size()));
        Set<CohortGenerator.QuizQuestion> missed = missed(drawn, Math.round(drawn.size() * (100 - score) / 100f));
        for (CohortGenerator.QuizQuestion question : drawn) {
            rows.answered(point, module.slug(), question, missed.contains(question));
        }
    }

    /** {@code count} of the drawn questions, the harder ones more likely. */
    private Set<CohortGenerator.QuizQuestion> missed(List<CohortGenerator.QuizQuestion> drawn, int count) {
        List<CohortGenerator.QuizQuestion> left = new ArrayList<>(drawn);
        Set<CohortGenerator.QuizQuestion> missed = new HashSet<>();
        while (missed.size() < count && !left.isEmpty()) {
            double pick = random.nextDouble()
                    * left.stream().mapToDouble(difficulty::get).sum();
            int i = 0;
            while (i < left.size() - 1 && (pick -= difficulty.get(left.get(i))) > 0) {
                i++;
            }
            missed.add(left.remove(i));
        }
        return missed;
    }
}
