package fr.passeportnumerique.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A finished placement test: when, why it stopped, how many questions, and each module's result. */
public record PlacementOutcome(
        Instant finishedAt, PlacementStop stop, int questions, Duration time, List<ModulePlacement> modules) {

    public PlacementOutcome {
        modules = List.copyOf(modules);
    }

    /** The minutes of the modules the learner's path skips. */
    public int minutesSaved() {
        return modules.stream()
                .filter(module -> module.path() == PathChoice.SKIP)
                .mapToInt(ModulePlacement::durationMinutes)
                .sum();
    }

    public int minutesInAll() {
        return modules.stream().mapToInt(ModulePlacement::durationMinutes).sum();
    }

    public long count(PlacementLevel level) {
        return modules.stream().filter(module -> module.level() == level).count();
    }
}
