package fr.passeportnumerique.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the virtual learners saw during one measuring window: each server round-trip of the Vaadin protocol (the
 * {@code v-r=uidl} requests), each page load, each finished learner action, and every error.
 */
final class LoadRecorder {

    private static final int ERRORS_KEPT = 20;

    private final ConcurrentLinkedQueue<Long> roundTripsMicros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> pageLoadsMicros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> actionsMicros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicLong errorCount = new AtomicLong();
    private volatile boolean recording;

    void start() {
        roundTripsMicros.clear();
        pageLoadsMicros.clear();
        actionsMicros.clear();
        recording = true;
    }

    void stop() {
        recording = false;
    }

    void roundTrip(double millis) {
        if (recording) {
            roundTripsMicros.add(Math.round(millis * 1000));
        }
    }

    void pageLoad(double millis) {
        if (recording) {
            pageLoadsMicros.add(Math.round(millis * 1000));
        }
    }

    void action(long nanos) {
        if (recording) {
            actionsMicros.add(nanos / 1000);
        }
    }

    /** Errors count over the whole run, ramp-ups included: any error ends it. */
    void error(String what) {
        errorCount.incrementAndGet();
        if (errors.size() < ERRORS_KEPT) {
            errors.add(what);
        }
    }

    List<Long> roundTrips() {
        return new ArrayList<>(roundTripsMicros);
    }

    List<Long> pageLoads() {
        return new ArrayList<>(pageLoadsMicros);
    }

    List<Long> actions() {
        return new ArrayList<>(actionsMicros);
    }

    long errorCount() {
        return errorCount.get();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }
}
