package fr.passeportnumerique.load;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

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
    private final AtomicInteger sessionsLost = new AtomicInteger();
    private final AtomicInteger progressLost = new AtomicInteger();
    private final AtomicInteger sessionsRecovered = new AtomicInteger();
    private final AtomicLong lastRecoveryMillis = new AtomicLong();
    private final Set<String> lessonsDone = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, AtomicInteger> quizzesSent = new ConcurrentHashMap<>();

    /** A learner's session failed (a request refused, a node gone): they will sign in again. */
    void sessionLost() {
        sessionsLost.incrementAndGet();
    }

    /** A learner whose session failed is signed in again and sees the catalogue. */
    void sessionRecovered() {
        sessionsRecovered.incrementAndGet();
        lastRecoveryMillis.set(System.currentTimeMillis());
    }

    int sessionsLost() {
        return sessionsLost.get();
    }

    int sessionsRecovered() {
        return sessionsRecovered.get();
    }

    long lastRecoveryMillis() {
        return lastRecoveryMillis.get();
    }

    void progressLost() {
        progressLost.incrementAndGet();
    }

    /** How many times a learner found a lesson they had finished offered to finish again. */
    int progressLostCount() {
        return progressLost.get();
    }

    /** The server showed the lesson as done to this learner: it must be in the database. */
    void lessonDone(String email, String module, String lesson) {
        lessonsDone.add(email + "|" + module + "|" + lesson);
    }

    /** The server gave this learner a verdict on a quiz: the attempt must be in the database, submitted. */
    void quizSent(String email) {
        quizzesSent.computeIfAbsent(email, ignored -> new AtomicInteger()).incrementAndGet();
    }

    /** Each lesson shown as done, as "address|module|lesson". */
    Set<String> lessonsDone() {
        return Set.copyOf(lessonsDone);
    }

    /** Quizzes each learner got a verdict for, by address. */
    Map<String, Integer> quizzesSent() {
        return quizzesSent.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().get()));
    }

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
