package fr.passeportnumerique.load;

import java.util.concurrent.ThreadLocalRandom;

/** How long a learner reads between two moves: uniformly between the bounds, so that learners do not act in step. */
record ThinkTime(long minMillis, long maxMillis) {

    /** Reading pace: 20 to 30 seconds a page. */
    static final ThinkTime READING = new ThinkTime(20_000, 30_000);
    /** A hurried learner, for short runs: 2 to 5 seconds a page. */
    static final ThinkTime FAST = new ThinkTime(2_000, 5_000);

    /** {@code -Dload.think=fast} for the fast pace, {@code reading} (the default) for the reading pace. */
    static ThinkTime fromSystemProperty() {
        return "fast".equals(System.getProperty("load.think", "reading")) ? FAST : READING;
    }

    long next() {
        return ThreadLocalRandom.current().nextLong(minMillis, maxMillis + 1);
    }

    @Override
    public String toString() {
        return "%d–%d s".formatted(minMillis / 1000, maxMillis / 1000);
    }
}
