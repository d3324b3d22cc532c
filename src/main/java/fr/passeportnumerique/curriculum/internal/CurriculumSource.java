package fr.passeportnumerique.curriculum.internal;

import fr.passeportnumerique.curriculum.ContentProblem;
import java.util.List;

/** The whole curriculum as read from the content folder: its modules, or the problems that stop the import. */
public record CurriculumSource(List<ModuleSource> modules, List<ContentProblem> problems) {

    public boolean isValid() {
        return problems.isEmpty();
    }
}
