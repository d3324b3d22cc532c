package fr.passeportnumerique.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * How each question type is graded. An answer of the wrong kind, or none, scores zero.
 *
 * <ul>
 *   <li>Single choice and scenario: the one right choice, alone.
 *   <li>Multiple choice, partial credit: (right choices ticked − wrong choices ticked) ÷ right choices, never below
 *       zero; full marks only for exactly the right choices.
 *   <li>True/false: the right value.
 *   <li>Ordering: each pair of items put in the right order earns an equal share, so that one item out of place
 *       does not cost the others theirs (a, b, c, d answered b, c, d, a keeps the three pairs of b, c, d: half).
 *   <li>Matching: each right pair earns an equal share.
 *   <li>Short answer: any accepted answer, ignoring case, accents, punctuation and spacing, with one typo allowed
 *       from 5 letters and two from 10.
 * </ul>
 */
public final class Grading {

    private Grading() {}

    public static Score grade(Question question, Answer answer) {
        return switch (question) {
            case Question.SingleChoice single -> oneRight(single.choices(), answer);
            case Question.Scenario scenario -> oneRight(scenario.choices(), answer);
            case Question.MultipleChoice multiple -> severalRight(multiple.choices(), answer);
            case Question.TrueFalse trueFalse ->
                answer instanceof Answer.TrueOrFalse(Boolean value) && value != null && value == trueFalse.answer()
                        ? Score.RIGHT
                        : Score.WRONG;
            case Question.Ordering ordering -> ordered(ordering.items().size(), answer);
            case Question.Matching matching -> matched(matching.pairs().size(), answer);
            case Question.ShortAnswer shortAnswer -> typed(shortAnswer.accepted(), answer);
        };
    }

    private static Set<Integer> rightChoices(List<Choice> choices) {
        return IntStream.range(0, choices.size())
                .filter(i -> choices.get(i).correct())
                .boxed()
                .collect(Collectors.toSet());
    }

    private static Score oneRight(List<Choice> choices, Answer answer) {
        return answer instanceof Answer.Chosen(Set<Integer> chosen) && chosen.equals(rightChoices(choices))
                ? Score.RIGHT
                : Score.WRONG;
    }

    private static Score severalRight(List<Choice> choices, Answer answer) {
        if (!(answer instanceof Answer.Chosen(Set<Integer> chosen)) || chosen.isEmpty()) {
            return Score.WRONG;
        }
        Set<Integer> right = rightChoices(choices);
        long rightTicked = chosen.stream().filter(right::contains).count();
        long wrongTicked = chosen.size() - rightTicked;
        return Score.partial((double) (rightTicked - wrongTicked) / right.size());
    }

    private static Score ordered(int size, Answer answer) {
        if (!(answer instanceof Answer.Ordered(List<Integer> items))
                || items.size() != size
                || new HashSet<>(items).size() != size) {
            return Score.WRONG;
        }
        if (size < 2) {
            return items.equals(List.of(0)) ? Score.RIGHT : Score.WRONG;
        }
        long inOrder = 0;
        for (int first = 0; first < size; first++) {
            for (int second = first + 1; second < size; second++) {
                if (items.get(first) < items.get(second)) {
                    inOrder++;
                }
            }
        }
        return Score.partial((double) inOrder / (size * (size - 1) / 2));
    }

    private static Score matched(int size, Answer answer) {
        if (!(answer instanceof Answer.Matched(var definitionOfTerm))) {
            return Score.WRONG;
        }
        long right = IntStream.range(0, size)
                .filter(term -> Integer.valueOf(term).equals(definitionOfTerm.get(term)))
                .count();
        return Score.partial((double) right / size);
    }

    private static Score typed(List<String> accepted, Answer answer) {
        if (!(answer instanceof Answer.Typed(String text)) || text == null) {
            return Score.WRONG;
        }
        String given = Words.normalise(text);
        if (given.isEmpty()) {
            return Score.WRONG;
        }
        for (String candidate : accepted) {
            String expected = Words.normalise(candidate);
            if (Words.distance(given, expected) <= Words.allowedTypos(expected)) {
                return Score.RIGHT;
            }
        }
        return Score.WRONG;
    }
}
