package fr.passeportnumerique.quiz;

import java.util.List;

/** A question of a quiz, of one of seven types; each knows its id, its prompt and the explanation shown after. */
public sealed interface Question {

    String id();

    String prompt();

    String explanation();

    /** One right answer among several. */
    record SingleChoice(String id, String prompt, List<Choice> choices, String explanation) implements Question {}

    /** Several right answers; see {@link Grading} for the partial credit rule. */
    record MultipleChoice(String id, String prompt, List<Choice> choices, String explanation) implements Question {}

    /** A statement that is true or false. */
    record TrueFalse(String id, String prompt, boolean answer, String explanation) implements Question {}

    /** Steps to put in order; {@code items} are listed in the right order. */
    record Ordering(String id, String prompt, List<String> items, String explanation) implements Question {}

    /** Terms to pair with their definitions; {@code pairs} hold the right pairs. */
    record Matching(String id, String prompt, List<Pair> pairs, String explanation) implements Question {

        public record Pair(String term, String definition) {}
    }

    /** A few words to type; any of {@code accepted} is right, whatever the case, accents or a small typo. */
    record ShortAnswer(String id, String prompt, List<String> accepted, String explanation) implements Question {}

    /** A short situation from a business, and a choice of actions with one right one. */
    record Scenario(String id, String prompt, String situation, List<Choice> choices, String explanation)
            implements Question {}
}
