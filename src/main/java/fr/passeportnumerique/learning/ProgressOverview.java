package fr.passeportnumerique.learning;

import java.util.List;

/** A learner's whole progress: each module, the time spent, and what to do next. */
public record ProgressOverview(List<ModuleStanding> modules, long secondsSpent, NextStep nextStep) {

    public int completedCount() {
        return (int) modules.stream()
                .filter(module -> module.status() == ModuleStanding.Status.COMPLETED)
                .count();
    }

    public int lessonsDone() {
        return modules.stream().mapToInt(ModuleStanding::lessonsDone).sum();
    }

    public int lessonCount() {
        return modules.stream()
                .mapToInt(module -> module.module().lessonCount())
                .sum();
    }

    public boolean isGraduate() {
        return !modules.isEmpty() && completedCount() == modules.size();
    }

    /** Overall progress, counting each lesson and each quiz as one step. */
    public int percent() {
        int steps = lessonCount() + modules.size();
        if (steps == 0) {
            return 0;
        }
        int quizzes = completedCount();
        return (lessonsDone() + quizzes) * 100 / steps;
    }

    public boolean hasStarted() {
        return secondsSpent > 0
                || modules.stream().anyMatch(module -> module.status() != ModuleStanding.Status.NOT_STARTED);
    }
}
