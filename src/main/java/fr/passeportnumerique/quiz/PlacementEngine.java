package fr.passeportnumerique.quiz;

import fr.passeportnumerique.curriculum.format.QuestionType;
import fr.passeportnumerique.quiz.placement.MasteryEstimator;
import fr.passeportnumerique.quiz.placement.ModuleEstimate;
import fr.passeportnumerique.quiz.placement.NextItemChooser;
import fr.passeportnumerique.quiz.placement.PlacementItem;
import fr.passeportnumerique.quiz.placement.PlacementModel;
import fr.passeportnumerique.quiz.placement.PlacementResponse;
import fr.passeportnumerique.quiz.placement.StoppingRule;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The adaptive test's rules applied to the bank: estimate from the answers, then stop or choose the next question. */
@Component
class PlacementEngine {

    static final PlacementModel MODEL = PlacementModel.DEFAULT;

    private final StoppingRule stopping = new StoppingRule(MODEL);
    private final PlacementPriors priors;

    PlacementEngine(PlacementPriors priors) {
        this.priors = priors;
    }

    /** What to do after these answers: stop (and why), or ask the item chosen. */
    Decision decide(PlacementBank.Bank bank, List<PlacementResponse> responses, Duration elapsed) {
        PlacementModel model = priors.model();
        List<ModuleEstimate> estimates = new MasteryEstimator(bank.modules(), model).estimate(responses);
        if (stopping.shouldStop(estimates, responses.size(), elapsed)) {
            return new Decision(estimates, Optional.empty(), Optional.of(reason(responses.size(), elapsed)));
        }
        Set<String> used = responses.stream()
                .map(response -> response.moduleSlug() + "/" + response.questionId())
                .collect(Collectors.toSet());
        Optional<PlacementItem> next =
                new NextItemChooser(MODEL, item -> expectedSeconds(bank, item)).next(estimates, bank.items(), used);
        return new Decision(
                estimates, next, next.isPresent() ? Optional.empty() : Optional.of(PlacementStop.NO_QUESTION_LEFT));
    }

    List<ModuleEstimate> estimates(PlacementBank.Bank bank, List<PlacementResponse> responses) {
        return new MasteryEstimator(bank.modules(), priors.model()).estimate(responses);
    }

    Duration timeLeft(Duration elapsed) {
        Duration left = MODEL.maxDuration().minus(elapsed);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static PlacementStop reason(int answered, Duration elapsed) {
        if (elapsed.compareTo(MODEL.maxDuration()) >= 0) {
            return PlacementStop.TIME;
        }
        return answered >= MODEL.maxQuestions() ? PlacementStop.MAX_QUESTIONS : PlacementStop.PRECISE;
    }

    private static double expectedSeconds(PlacementBank.Bank bank, PlacementItem item) {
        return bank.question(item.moduleSlug(), item.questionId())
                .map(PlacementEngine::type)
                .map(type -> (double) MODEL.timeFor(type).toSeconds())
                .orElse(30.0);
    }

    static QuestionType type(Question question) {
        return switch (question) {
            case Question.SingleChoice q -> QuestionType.SINGLE_CHOICE;
            case Question.MultipleChoice q -> QuestionType.MULTIPLE_CHOICE;
            case Question.Scenario q -> QuestionType.SCENARIO;
            case Question.Ordering q -> QuestionType.ORDERING;
            case Question.Matching q -> QuestionType.MATCHING;
            case Question.TrueFalse q -> QuestionType.TRUE_FALSE;
            case Question.ShortAnswer q -> QuestionType.SHORT_ANSWER;
        };
    }

    /** The estimates after the answers, and either the next item or why the test stops. */
    record Decision(List<ModuleEstimate> estimates, Optional<PlacementItem> next, Optional<PlacementStop> stop) {}
}
