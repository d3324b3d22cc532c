package fr.passeportnumerique.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a quiz must hold before it is saved, said per question so that the editor can point at it: a single-choice
 * question has exactly one right answer, a multiple-choice one at least one, a matching question pairs every term
 * with a definition, every question has its prompt and its explanation.
 */
public final class QuizRules {

    public static final int TEXT_MAX_LENGTH = 1000;

    private QuizRules() {}

    /** A problem: the question's number (0 for the quiz as a whole), the message key and its arguments. */
    public record Problem(int question, String messageKey, List<Object> arguments) {

        Problem(int question, String messageKey, Object... arguments) {
            this(question, messageKey, List.of(arguments));
        }
    }

    public static List<Problem> check(QuizDraft quiz) {
        List<Problem> problems = new ArrayList<>();
        if (quiz.passMark() < 1 || quiz.passMark() > 100) {
            problems.add(new Problem(0, "quiz-rules.pass-mark"));
        }
        if (quiz.questions().isEmpty()) {
            problems.add(new Problem(0, "quiz-rules.no-question"));
        }
        quiz.draw()
                .filter(draw -> draw < 1 || draw > quiz.questions().size())
                .ifPresent(draw -> problems.add(
                        new Problem(0, "quiz-rules.draw", quiz.questions().size())));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            QuestionDraft question = quiz.questions().get(i);
            problems.addAll(check(question, i + 1));
            if (!question.id().isBlank() && !ids.add(question.id())) {
                problems.add(new Problem(i + 1, "quiz-rules.duplicate-id", question.id()));
            }
        }
        return problems;
    }

    /** The problems of one question; {@code number} is its place in the quiz. */
    public static List<Problem> check(QuestionDraft question, int number) {
        List<Problem> problems = new ArrayList<>();
        if (!question.id().matches("[a-z0-9]+(-[a-z0-9]+)*") || question.id().length() > 80) {
            problems.add(new Problem(number, "quiz-rules.id"));
        }
        required(problems, number, question.prompt(), "quiz-rules.prompt");
        required(problems, number, question.explanation(), "quiz-rules.explanation");
        switch (question.type()) {
            case SCENARIO -> {
                required(problems, number, question.situation(), "quiz-rules.situation");
                choices(problems, number, question, true);
            }
            case SINGLE_CHOICE -> choices(problems, number, question, true);
            case MULTIPLE_CHOICE -> choices(problems, number, question, false);
            case TRUE_FALSE -> {
                if (question.answer() == null) {
                    problems.add(new Problem(number, "quiz-rules.answer"));
                }
            }
            case ORDERING -> atLeastTwo(problems, number, question.items(), "quiz-rules.items");
            case MATCHING -> {
                if (question.pairs().size() < 2) {
                    problems.add(new Problem(number, "quiz-rules.pairs"));
                }
                if (question.pairs().stream()
                        .anyMatch(pair ->
                                pair.term().isBlank() || pair.definition().isBlank())) {
                    problems.add(new Problem(number, "quiz-rules.pair-incomplete"));
                }
            }
            case SHORT_ANSWER -> {
                if (question.accepted().stream().allMatch(String::isBlank)) {
                    problems.add(new Problem(number, "quiz-rules.accepted"));
                }
            }
        }
        return problems;
    }

    private static void choices(List<Problem> problems, int number, QuestionDraft question, boolean exactlyOne) {
        if (question.choices().size() < 2) {
            problems.add(new Problem(number, "quiz-rules.choices"));
        }
        if (question.choices().stream().anyMatch(choice -> choice.text().isBlank())) {
            problems.add(new Problem(number, "quiz-rules.choice-empty"));
        }
        long correct = question.choices().stream()
                .filter(QuestionDraft.Choice::correct)
                .count();
        if (exactlyOne && correct != 1) {
            problems.add(new Problem(number, "quiz-rules.one-correct", correct));
        } else if (!exactlyOne && correct == 0) {
            problems.add(new Problem(number, "quiz-rules.some-correct"));
        }
    }

    private static void atLeastTwo(List<Problem> problems, int number, List<String> values, String key) {
        if (values.stream().filter(value -> !value.isBlank()).count() < 2
                || values.stream().anyMatch(String::isBlank)) {
            problems.add(new Problem(number, key));
        }
    }

    private static void required(List<Problem> problems, int number, String text, String key) {
        if (text == null || text.isBlank()) {
            problems.add(new Problem(number, key));
        } else if (text.length() > TEXT_MAX_LENGTH) {
            problems.add(new Problem(number, "quiz-rules.too-long", TEXT_MAX_LENGTH));
        }
    }
}
