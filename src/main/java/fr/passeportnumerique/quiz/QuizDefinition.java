package fr.passeportnumerique.quiz;

import java.util.List;

/**
 * A module's quiz: the mark to reach (in percent), how many questions an attempt draws ({@code draw}, all when the
 * file says nothing) and the question bank.
 */
public record QuizDefinition(int passMark, int draw, List<Question> questions) {

    public QuizDefinition {
        questions = List.copyOf(questions);
    }
}
