package fr.passeportnumerique.quiz;

import fr.passeportnumerique.curriculum.format.TaughtIn;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's quiz: the mark to reach (in percent), how many questions an attempt draws ({@code draw}, all when the
 * file says nothing), the question bank, and where each question's answer is taught, by question id.
 */
public record QuizDefinition(int passMark, int draw, List<Question> questions, Map<String, TaughtIn> taughtIn) {

    public QuizDefinition {
        questions = List.copyOf(questions);
        taughtIn = Map.copyOf(taughtIn);
    }

    public Optional<TaughtIn> taughtIn(String questionId) {
        return Optional.ofNullable(taughtIn.get(questionId));
    }
}
