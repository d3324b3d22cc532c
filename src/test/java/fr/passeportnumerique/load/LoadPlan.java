package fr.passeportnumerique.load;

import java.time.Duration;
import java.util.List;

/**
 * What a run of virtual learners does: where the server is, how many learners come and how fast, how long they read,
 * what they visit, and how many rounds each goes (0: until the run is stopped), within a bound on the whole run.
 */
record LoadPlan(
        String baseUrl,
        int learners,
        double newLearnersPerSecond,
        ThinkTime thinkTime,
        List<Visit> visits,
        int rounds,
        Duration longest) {

    boolean untilStopped() {
        return rounds == 0;
    }

    Duration ramp() {
        return Duration.ofMillis((long) Math.ceil(1000 * learners / newLearnersPerSecond));
    }
}
