package fr.passeportnumerique.quiz;

import fr.passeportnumerique.curriculum.format.QuizFile;
import fr.passeportnumerique.curriculum.format.QuizFileFormat;
import fr.passeportnumerique.curriculum.format.QuizQuestion;
import fr.passeportnumerique.curriculum.format.TaughtIn;
import fr.passeportnumerique.quiz.placement.AuthoredDifficulty;
import fr.passeportnumerique.quiz.placement.ScoredParts;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a module's {@code quiz.yaml}, already checked line by line when the content was imported, into its
 * questions as the quiz engine grades them.
 */
public final class QuizParser {

    private QuizParser() {}

    public static QuizDefinition parse(String yaml) {
        QuizFile quiz = QuizFileFormat.readPublished(yaml);
        List<Question> questions =
                quiz.questions().stream().map(QuizParser::question).toList();
        Map<String, TaughtIn> taughtIn = quiz.questions().stream()
                .filter(question -> !question.taughtIn().isBlank())
                .collect(Collectors.toMap(
                        QuizQuestion::id, question -> TaughtIn.parse(question.taughtIn()), (first, same) -> first));
        Map<String, Double> difficulties = quiz.questions().stream()
                .collect(Collectors.toMap(QuizQuestion::id, AuthoredDifficulty::logit, (first, same) -> first));
        Map<String, Integer> parts = quiz.questions().stream()
                .collect(Collectors.toMap(QuizQuestion::id, ScoredParts::of, (first, same) -> first));
        return new QuizDefinition(
                quiz.passMark(), quiz.draw().orElse(questions.size()), questions, taughtIn, difficulties, parts);
    }

    private static Question question(QuizQuestion q) {
        String id = q.id();
        String prompt = q.prompt();
        String explanation = q.explanation();
        if (q.type() == null) {
            throw new IllegalArgumentException("Unknown question type in " + id);
        }
        return switch (q.type()) {
            case SINGLE_CHOICE -> new Question.SingleChoice(id, prompt, choices(q), explanation);
            case MULTIPLE_CHOICE -> new Question.MultipleChoice(id, prompt, choices(q), explanation);
            case SCENARIO -> new Question.Scenario(id, prompt, q.situation(), choices(q), explanation);
            case TRUE_FALSE -> new Question.TrueFalse(id, prompt, Boolean.TRUE.equals(q.answer()), explanation);
            case ORDERING -> new Question.Ordering(id, prompt, q.items(), explanation);
            case MATCHING -> new Question.Matching(id, prompt, pairs(q), explanation);
            case SHORT_ANSWER -> new Question.ShortAnswer(id, prompt, q.accepted(), explanation);
        };
    }

    private static List<Choice> choices(QuizQuestion q) {
        return q.choices().stream()
                .map(c -> new Choice(c.text(), c.correct(), c.feedback()))
                .toList();
    }

    private static List<Question.Matching.Pair> pairs(QuizQuestion q) {
        return q.pairs().stream()
                .map(p -> new Question.Matching.Pair(p.term(), p.definition()))
                .toList();
    }
}
