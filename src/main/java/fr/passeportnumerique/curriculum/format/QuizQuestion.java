package fr.passeportnumerique.curriculum.format;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One question of a quiz file. Only the fields of its type count: choices for single, multiple choice and scenario
 * (with its situation), the answer for true or false, items in the right order for ordering, pairs for matching,
 * accepted answers for a short answer. The type is null when the file names a type that does not exist.
 * {@code taughtIn} names the lesson section that teaches the answer ({@link TaughtIn}), for reviewers and learners.
 * {@code difficulty}, from {@value #EASIEST} to {@value #HARDEST}, is the author's estimate of how hard the question
 * is, which the placement test starts from; null when the file leaves it out (the type's typical difficulty applies).
 */
public record QuizQuestion(
        String id,
        QuestionType type,
        String situation,
        String prompt,
        List<Choice> choices,
        Boolean answer,
        List<String> items,
        List<Pair> pairs,
        List<String> accepted,
        String explanation,
        @JsonProperty("taught_in") String taughtIn,
        Integer difficulty) {

    public static final int EASIEST = 1;
    public static final int HARDEST = 5;

    public QuizQuestion {
        id = clean(id);
        situation = clean(situation);
        prompt = clean(prompt);
        explanation = clean(explanation);
        taughtIn = clean(taughtIn);
        choices = listOf(choices);
        items = listOf(items);
        pairs = listOf(pairs);
        accepted = listOf(accepted);
    }

    public static QuizQuestion blank(QuestionType type) {
        return new QuizQuestion("", type, "", "", List.of(), null, List.of(), List.of(), List.of(), "", "", null);
    }

    public QuizQuestion withTaughtIn(String section) {
        return new QuizQuestion(
                id, type, situation, prompt, choices, answer, items, pairs, accepted, explanation, section, difficulty);
    }

    public record Choice(String text, boolean correct, String feedback) {
        public Choice {
            text = clean(text);
            feedback = clean(feedback);
        }
    }

    public record Pair(String term, String definition) {
        public Pair {
            term = clean(term);
            definition = clean(definition);
        }
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    static <T> List<T> listOf(List<T> values) {
        return values == null ? List.of() : values.stream().toList();
    }
}
