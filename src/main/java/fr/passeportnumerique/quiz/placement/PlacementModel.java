package fr.passeportnumerique.quiz.placement;

import fr.passeportnumerique.curriculum.format.QuestionType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every tunable constant of the placement test, abilities and cuts in logits (docs/placement.md says why each value).
 *
 * @param prior what is assumed of abilities before any answer
 * @param masteryCut ability from which a module is acquis: about 70 % expected on its quiz, the pass mark
 * @param discoverCut ability under which a module is to discover: about half its quiz or less
 * @param confidence probability of the likelier side (acquis or not) from which a module is decided
 * @param minQuestions questions asked before the test may stop because every module is decided
 * @param maxQuestions questions after which the test stops
 * @param maxDuration time after which the test stops
 * @param timePerType time a learner is assumed to take on a question of each type: reading the question at 150
 *     words a minute (the shipped banks' mean length per type), 5 seconds to answer, plus the moves of ordering,
 *     matching, ticking several boxes or typing
 */
public record PlacementModel(
        AbilityPrior prior,
        double masteryCut,
        double discoverCut,
        double confidence,
        int minQuestions,
        int maxQuestions,
        Duration maxDuration,
        Map<QuestionType, Duration> timePerType) {

    public static final PlacementModel DEFAULT = new PlacementModel(
            new AbilityPrior(0.0, 1.2, 0.6, 0.6, AbilityPrior.CURRICULUM_THEMES),
            0.5,
            -0.5,
            0.9,
            8,
            40,
            Duration.ofMinutes(15),
            Map.of(
                    QuestionType.TRUE_FALSE, Duration.ofSeconds(15),
                    QuestionType.SINGLE_CHOICE, Duration.ofSeconds(25),
                    QuestionType.MULTIPLE_CHOICE, Duration.ofSeconds(40),
                    QuestionType.SHORT_ANSWER, Duration.ofSeconds(30),
                    QuestionType.SCENARIO, Duration.ofSeconds(50),
                    QuestionType.ORDERING, Duration.ofSeconds(50),
                    QuestionType.MATCHING, Duration.ofSeconds(60)));

    public PlacementModel {
        if (discoverCut > masteryCut || confidence <= 0.5 || confidence >= 1) {
            throw new IllegalArgumentException("Cuts out of order or confidence outside (0.5, 1)");
        }
        if (minQuestions < 0 || maxQuestions < Math.max(1, minQuestions)) {
            throw new IllegalArgumentException("Question limits out of order");
        }
        EnumMap<QuestionType, Duration> times = new EnumMap<>(QuestionType.class);
        times.putAll(timePerType);
        if (times.size() != QuestionType.values().length) {
            throw new IllegalArgumentException("A time is needed for every question type");
        }
        timePerType = Map.copyOf(times);
    }

    public Duration timeFor(QuestionType type) {
        return timePerType.get(type);
    }

    public PlacementModel withPrior(AbilityPrior otherPrior) {
        return new PlacementModel(
                otherPrior, masteryCut, discoverCut, confidence, minQuestions, maxQuestions, maxDuration, timePerType);
    }

    public PlacementModel withLimits(
            double otherConfidence, int otherMinQuestions, int otherMaxQuestions, Duration otherMaxDuration) {
        return new PlacementModel(
                prior,
                masteryCut,
                discoverCut,
                otherConfidence,
                otherMinQuestions,
                otherMaxQuestions,
                otherMaxDuration,
                timePerType);
    }
}
