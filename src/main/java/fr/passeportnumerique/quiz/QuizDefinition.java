package fr.passeportnumerique.quiz;

import fr.passeportnumerique.curriculum.format.TaughtIn;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's quiz: the mark to reach (in percent), how many questions an attempt draws ({@code draw}, all when the
 * file says nothing), the question bank, where each question's answer is taught and how difficult its author says
 * it is (in logits, for the placement test), by question id.
 */
public record QuizDefinition(
        int passMark,
        int draw,
        List<Question> questions,
        Map<String, TaughtIn> taughtIn,
        Map<String, Double> difficulties,
        Map<String, Integer> parts) {

    public QuizDefinition {
        questions = List.copyOf(questions);
        taughtIn = Map.copyOf(taughtIn);
        difficulties = Map.copyOf(difficulties);
        parts = Map.copyOf(parts);
    }

    public QuizDefinition(int passMark, int draw, List<Question> questions, Map<String, TaughtIn> taughtIn) {
        this(passMark, draw, questions, taughtIn, Map.of(), Map.of());
    }

    /** How many parts the grading scores the question on (partial credit), for the placement test; 1 by default. */
    public int parts(String questionId) {
        return parts.getOrDefault(questionId, 1);
    }

    /** The question's authored difficulty in logits; 0 (the middle of the scale) when none is known. */
    public double difficulty(String questionId) {
        return difficulties.getOrDefault(questionId, 0.0);
    }

    public Optional<TaughtIn> taughtIn(String questionId) {
        return Optional.ofNullable(taughtIn.get(questionId));
    }
}
