package fr.passeportnumerique.authoring;

import fr.passeportnumerique.account.AppRoles;
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

    QuizDraftService(DraftStore store) {
        this.store = store;
    }

    /** The module's quiz as the editor shows it; an empty one when the module has none yet. */
    @Transactional(readOnly = true)
    public QuizDraft quiz(String moduleSlug) {
        ModuleDraft draft = store.draft(moduleSlug);
        Optional<Long> version = Optional.ofNullable(draft.draftVersions().get(ModuleDraft.QUIZ_FILE));
        return draft.current()
                .text(ModuleDraft.QUIZ_FILE)
                .map(yaml -> new QuizDraft(
                        moduleSlug,
                        QuizFileFormat.read(yaml).orElse(EMPTY),
                        draft.status(ModuleDraft.QUIZ_FILE),
                        version))
                .orElseGet(() -> new QuizDraft(moduleSlug, EMPTY, ItemStatus.NEW, version));
    }

    /** Saves the quiz as a draft when it follows the rules; returns it with its new draft version. */
    @Transactional
    public QuizDraft saveQuiz(QuizDraft quiz) {
        List<QuizProblem> problems = QuizFileRules.check(quiz.file());
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
