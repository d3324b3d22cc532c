package fr.passeportnumerique.authoring;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import fr.passeportnumerique.curriculum.format.LessonSections;
import fr.passeportnumerique.curriculum.format.QuizFile;
import fr.passeportnumerique.curriculum.format.QuizFileFormat;
import fr.passeportnumerique.curriculum.format.QuizFileRules;
import fr.passeportnumerique.curriculum.format.QuizProblem;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quiz editor's drafts: a module's quiz read as questions, and saved when every question follows its rules. */
@Service
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class QuizDraftService {

    private static final QuizFile EMPTY = new QuizFile(QuizFile.DEFAULT_PASS_MARK, Optional.empty(), List.of());

    private final DraftStore store;
    private final MarkdownRenderer markdown;

    QuizDraftService(DraftStore store, MarkdownRenderer markdown) {
        this.store = store;
        this.markdown = markdown;
    }

    /** The module's quiz as the editor shows it; an empty one when the module has none yet. */
    @Transactional(readOnly = true)
    public QuizDraft quiz(String moduleSlug) {
        ModuleDraft draft = store.draft(moduleSlug);
        Optional<Long> version = Optional.ofNullable(draft.draftVersions().get(ModuleDraft.QUIZ_FILE));
        LessonSections lessons = draft.lessonSections(markdown);
        return draft.current()
                .text(ModuleDraft.QUIZ_FILE)
                .map(yaml -> new QuizDraft(
                        moduleSlug,
                        QuizFileFormat.read(yaml).orElse(EMPTY),
                        lessons,
                        draft.status(ModuleDraft.QUIZ_FILE),
                        version))
                .orElseGet(() -> new QuizDraft(moduleSlug, EMPTY, lessons, ItemStatus.NEW, version));
    }

    /** Saves the quiz as a draft when it follows the rules; returns it with its new draft version. */
    @Transactional
    public QuizDraft saveQuiz(QuizDraft quiz) {
        // The lessons as they are now: a section renamed since the editor opened must not pass.
        LessonSections lessons = store.draft(quiz.moduleSlug()).lessonSections(markdown);
        List<QuizProblem> problems = QuizFileRules.check(quiz.file(), lessons);
        if (!problems.isEmpty()) {
            throw new QuizProblemsException(problems);
        }
        store.save(
                quiz.moduleSlug(),
                ModuleDraft.QUIZ_FILE,
                QuizFileFormat.write(quiz.file()).getBytes(StandardCharsets.UTF_8),
                quiz.draftVersion());
        return quiz(quiz.moduleSlug());
    }
}
