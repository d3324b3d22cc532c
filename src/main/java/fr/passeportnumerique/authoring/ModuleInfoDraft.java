package fr.passeportnumerique.authoring;

import java.util.List;
import java.util.Optional;

/**
 * A module's presentation as the editor shows it ({@code module.md}): its number and slug stay as they are, since
 * learners' progress and links refer to them.
 */
public record ModuleInfoDraft(
        String moduleSlug,
        int number,
        String title,
        String summary,
        int durationMinutes,
        String level,
        List<String> objectives,
        List<String> tags,
        String introduction,
        Optional<Long> draftVersion) {

    public static final List<String> LEVELS = List.of("debutant", "intermediaire", "avance");

    public ModuleInfoDraft {
        objectives = List.copyOf(objectives);
        tags = List.copyOf(tags);
    }

    public ModuleInfoDraft with(
            String newTitle,
            String newSummary,
            int newDuration,
            String newLevel,
            List<String> newObjectives,
            List<String> newTags,
            String newIntroduction) {
        return new ModuleInfoDraft(
                moduleSlug,
                number,
                newTitle,
                newSummary,
                newDuration,
                newLevel,
                newObjectives,
                newTags,
                newIntroduction,
                draftVersion);
    }
}
