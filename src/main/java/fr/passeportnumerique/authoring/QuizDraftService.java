package fr.passeportnumerique.authoring;

import fr.passeportnumerique.account.AppRoles;
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
                .map(yaml -> QuizDocument.read(moduleSlug, yaml, draft.status(ModuleDraft.QUIZ_FILE), version))
                .orElseGet(() -> new QuizDraft(moduleSlug, 70, Optional.empty(), List.of(), ItemStatus.NEW, version));
    }

    /** Saves the quiz as a draft when it follows the rules; returns it with its new draft version. */
    @Transactional
    public QuizDraft saveQuiz(QuizDraft quiz) {
        List<QuizRules.Problem> problems = QuizRules.check(quiz);
        if (!problems.isEmpty()) {
            throw new QuizProblemsException(problems);
        }
        store.save(
                quiz.moduleSlug(),
                ModuleDraft.QUIZ_FILE,
                QuizDocument.write(quiz).getBytes(StandardCharsets.UTF_8),
                quiz.draftVersion());
        return quiz(quiz.moduleSlug());
    }
}
