package fr.passeportnumerique.authoring;

import fr.passeportnumerique.curriculum.format.QuizFile;
import fr.passeportnumerique.curriculum.format.QuizQuestion;
import java.util.List;
import java.util.Optional;

/** A module's quiz as the editor holds it, and the draft version it was opened at. */
public record QuizDraft(
        String moduleSlug,
        int passMark,
        Optional<Integer> draw,
        List<QuizQuestion> questions,
        ItemStatus status,
        Optional<Long> draftVersion) {

    public QuizDraft {
        questions = List.copyOf(questions);
    }

    public QuizDraft with(int newPassMark, Optional<Integer> newDraw, List<QuizQuestion> newQuestions) {
        return new QuizDraft(moduleSlug, newPassMark, newDraw, newQuestions, status, draftVersion);
    }

    QuizDraft(String moduleSlug, QuizFile file, ItemStatus status, Optional<Long> draftVersion) {
        this(
                moduleSlug,
                file.passMark(),
                file.draw(),
                file.questions().stream()
                        .filter(question -> question.type() != null)
                        .toList(),
                status,
                draftVersion);
    }

    public QuizFile file() {
        return new QuizFile(passMark, draw, questions);
    }
}
