package fr.passeportnumerique.authoring;

import java.util.List;
import java.util.Optional;

/** A module's quiz as the editor holds it, and the draft version it was opened at. */
public record QuizDraft(
        String moduleSlug,
        int passMark,
        Optional<Integer> draw,
        List<QuestionDraft> questions,
        ItemStatus status,
        Optional<Long> draftVersion) {

    public QuizDraft {
        questions = List.copyOf(questions);
    }

    public QuizDraft with(int newPassMark, Optional<Integer> newDraw, List<QuestionDraft> newQuestions) {
        return new QuizDraft(moduleSlug, newPassMark, newDraw, newQuestions, status, draftVersion);
    }
}
