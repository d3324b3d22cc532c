package fr.passeportnumerique.authoring;

import fr.passeportnumerique.curriculum.format.LessonSections;
import fr.passeportnumerique.curriculum.format.QuizFile;
import fr.passeportnumerique.curriculum.format.QuizQuestion;
import java.util.List;
import java.util.Optional;

/**
 * A module's quiz as the editor holds it, the sections of the module's lessons its questions can name as where
 * their answers are taught, and the draft version it was opened at.
 */
public record QuizDraft(
        String moduleSlug,
        int passMark,
        Optional<Integer> draw,
        List<QuizQuestion> questions,
        LessonSections lessons,
        ItemStatus status,
        Optional<Long> draftVersion) {

    public QuizDraft {
        questions = List.copyOf(questions);
    }

    public QuizDraft with(int newPassMark, Optional<Integer> newDraw, List<QuizQuestion> newQuestions) {
        return new QuizDraft(moduleSlug, newPassMark, newDraw, newQuestions, lessons, status, draftVersion);
    }

    QuizDraft(
            String moduleSlug, QuizFile file, LessonSections lessons, ItemStatus status, Optional<Long> draftVersion) {
        this(
                moduleSlug,
                file.passMark(),
                file.draw(),
                file.questions().stream()
                        .filter(question -> question.type() != null)
                        .toList(),
                lessons,
                status,
                draftVersion);
    }

    public QuizFile file() {
        return new QuizFile(passMark, draw, questions);
    }
}
