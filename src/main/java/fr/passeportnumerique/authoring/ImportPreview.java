package fr.passeportnumerique.authoring;

import fr.passeportnumerique.curriculum.ContentProblem;
import fr.passeportnumerique.curriculum.CurriculumFiles;
import java.util.List;

/**
 * What importing a zip would change, module by module, and the problems that would stop it; {@link #files} is what
 * applying it publishes.
 */
public record ImportPreview(List<ModuleChange> modules, List<ContentProblem> problems, CurriculumFiles files) {

    public boolean canApply() {
        return problems.isEmpty() && modules.stream().anyMatch(module -> module.kind() != ModuleChange.Kind.UNCHANGED);
    }

    public record ModuleChange(
            String slug,
            String folder,
            Kind kind,
            List<String> added,
            List<String> changed,
            List<String> removed,
            boolean hasDraft) {

        public enum Kind {
            NEW,
            CHANGED,
            UNCHANGED
        }
    }
}
