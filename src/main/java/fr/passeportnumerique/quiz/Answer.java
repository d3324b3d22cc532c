package fr.passeportnumerique.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a learner answered, in terms of the question as written (choice and item positions in the file), whatever
 * order they were shown in.
 */
public sealed interface Answer {

    /** The positions of the choices ticked (single choice, multiple choice, scenario). */
    record Chosen(Set<Integer> choices) implements Answer {}

    /** True or false; null when not answered. */
    record TrueOrFalse(Boolean value) implements Answer {}

    /** The items' positions in the file, in the order the learner put them. */
    record Ordered(List<Integer> items) implements Answer {}

    /** For each term's position, the position of the definition the learner paired with it. */
    record Matched(Map<Integer, Integer> definitionOfTerm) implements Answer {}

    /**
     * The words the learner typed, at most as many as the answer field takes: a longer text can only come from a
     * forged request, and is cut rather than stored or compared whole.
     */
    record Typed(String text) implements Answer {

        public static final int MAX_LENGTH = 200;

        public Typed {
            if (text != null && text.length() > MAX_LENGTH) {
                text = text.substring(0, MAX_LENGTH);
            }
        }
    }
}
