package fr.passeportnumerique.load;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the virtual learners did, counted as they go: moves, round-trips, heartbeats, sign-ins, failures. */
final class LoadTally {

    private static final int FAILURES_KEPT = 20;

    private final AtomicLong moves = new AtomicLong();
    private final AtomicLong roundTrips = new AtomicLong();
    private final AtomicLong heartbeats = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicInteger signedIn = new AtomicInteger();
    private final AtomicInteger signedOut = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failuresKept = new ConcurrentLinkedQueue<>();

    void move() {
        moves.incrementAndGet();
    }

    void roundTrip() {
        roundTrips.incrementAndGet();
    }

    void heartbeat() {
        heartbeats.incrementAndGet();
    }

    void signIn() {
        signedIn.incrementAndGet();
    }

    void signOut() {
        signedOut.incrementAndGet();
    }

    void failure(String what) {
        failures.incrementAndGet();
        if (failuresKept.size() < FAILURES_KEPT) {
            failuresKept.add(what);
        }
    }

    /** The counts so far, to subtract one reading from another over a window. */
    Counts counts() {
        return new Counts(moves.get(), roundTrips.get(), heartbeats.get(), failures.get());
    }

    int signedIn() {
        return signedIn.get();
    }

    int signedOut() {
        return signedOut.get();
    }

    List<String> failures() {
        return List.copyOf(failuresKept);
    }

    record Counts(long moves, long roundTrips, long heartbeats, long failures) {

        Counts minus(Counts before) {
            return new Counts(
                    moves - before.moves,
                    roundTrips - before.roundTrips,
                    heartbeats - before.heartbeats,
                    failures - before.failures);
        }
    }
}
