package fr.passeportnumerique.curriculum;

import java.util.Map;
import java.util.Set;

/** The lessons a learner has finished, by module, and the modules they have completed. */
public record ProgressSnapshot(Map<String, Set<String>> lessonsDone, Set<String> completedModules) {

    public boolean isDone(String moduleSlug, String lessonSlug) {
        return lessonsDone.getOrDefault(moduleSlug, Set.of()).contains(lessonSlug);
    }

    public int lessonsDoneIn(String moduleSlug) {
        return lessonsDone.getOrDefault(moduleSlug, Set.of()).size();
    }

    public boolean isCompleted(String moduleSlug) {
        return completedModules.contains(moduleSlug);
    }
}
