package fr.passeportnumerique.learning;

import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.curriculum.ModuleLink;
import fr.passeportnumerique.quiz.QuizPrerequisites;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A module's quiz opens once the modules it lists as prerequisites are completed. */
@Component
class PrerequisiteGate implements QuizPrerequisites {

    private final CurriculumService curriculum;
    private final ProgressService progress;

    PrerequisiteGate(CurriculumService curriculum, ProgressService progress) {
        this.curriculum = curriculum;
        this.progress = progress;
    }

    @Override
    public List<String> missingFor(long accountId, String moduleSlug) {
        List<ModuleLink> prerequisites =
                curriculum.module(moduleSlug).map(ModuleDetail::prerequisites).orElse(List.of());
        if (prerequisites.isEmpty()) {
            return List.of();
        }
        Set<String> completed = progress.completedModules(accountId);
        return prerequisites.stream()
                .map(ModuleLink::slug)
                .filter(slug -> !completed.contains(slug))
                .toList();
    }
}
