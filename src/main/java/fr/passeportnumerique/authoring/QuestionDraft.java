package fr.passeportnumerique.authoring;

import java.util.List;

/**
 * One question as the quiz editor holds it. Only the fields of its type count: choices for single, multiple choice
 * and scenario (with its situation), the answer for true or false, items in the right order for ordering, pairs
 * for matching, accepted answers for a short answer.
 */
public record QuestionDraft(
        String id,
        QuestionType type,
        String situation,
        String prompt,
        List<Choice> choices,
        Boolean answer,
        List<String> items,
        List<Pair> pairs,
        List<String> accepted,
        String explanation) {

    public QuestionDraft {
        choices = List.copyOf(choices);
        items = List.copyOf(items);
        pairs = List.copyOf(pairs);
        accepted = List.copyOf(accepted);
    }

    public static QuestionDraft blank(QuestionType type) {
        return new QuestionDraft("", type, "", "", List.of(), null, List.of(), List.of(), List.of(), "");
    }

    public record Choice(String text, boolean correct, String feedback) {}

    public record Pair(String term, String definition) {}
}
