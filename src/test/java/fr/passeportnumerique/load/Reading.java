package fr.passeportnumerique.load;

import java.time.Duration;

/**
 * The time a learner spends on a page between two moves, and what the page sends meanwhile by itself: a heartbeat
 * every {@code heartbeatInterval} after the previous one's answer, and, on pages with an activity tracker, a report
 * of the reading time every 15 seconds from when the tracker appeared (the tracker's script).
 */
final class Reading {

    /** What comes next while the learner reads. */
    enum Event {
        HEARTBEAT,
        REPORT,
        END
    }

    static final long REPORT_MILLIS = 15_000;

    private long heartbeatMillis;
    private long nextHeartbeatAt;
    private Integer tracker;
    private long trackerSince;
    private int reportsSent;
    private long readingSince;
    private long readingUntil = Long.MIN_VALUE;

    /** A new page (a new UI): its heartbeat starts over. */
    void pageLoaded(int heartbeatSeconds, long now) {
        heartbeatMillis = heartbeatSeconds * 1000L;
        nextHeartbeatAt = now + heartbeatMillis;
        tracker = null;
    }

    void heartbeatAnswered(long now) {
        nextHeartbeatAt = now + heartbeatMillis;
    }

    /** The page's tracker after an answer (none when it was removed); a new one starts its own timer. */
    void trackerShown(Integer node, long now) {
        if (node != null && !node.equals(tracker)) {
            trackerSince = now;
            reportsSent = 0;
        }
        tracker = node;
    }

    /**
     * Whether the learner has given answers since the page's last report: a quiz's first report finds them all
     * given (the learner answers while reading), the next ones nothing new.
     */
    boolean answersChangedSinceReport() {
        return reportsSent == 1;
    }

    Integer tracker() {
        return tracker;
    }

    void start(long now, long thinkMillis) {
        readingSince = now;
        readingUntil = now + thinkMillis;
    }

    boolean isReading(long now) {
        return now < readingUntil;
    }

    Event next() {
        long report = tracker == null ? Long.MAX_VALUE : nextReportAt();
        if (readingUntil <= Math.min(nextHeartbeatAt, report)) {
            return Event.END;
        }
        return nextHeartbeatAt <= report ? Event.HEARTBEAT : Event.REPORT;
    }

    Duration untilNext(long now) {
        long at = switch (next()) {
            case END -> readingUntil;
            case HEARTBEAT -> nextHeartbeatAt;
            case REPORT -> nextReportAt();
        };
        return Duration.ofMillis(Math.max(0, at - now));
    }

    /** The tracker's report: how far down the page the learner is, and the seconds read since the last report. */
    int[] report(long now) {
        reportsSent++;
        long read = Math.max(1, readingUntil - readingSince);
        int percent = (int) Math.min(100, 100 * Math.max(0, now - readingSince) / read);
        return new int[] {percent, (int) (REPORT_MILLIS / 1000)};
    }

    void end() {
        readingUntil = Long.MIN_VALUE;
    }

    private long nextReportAt() {
        return trackerSince + REPORT_MILLIS * (reportsSent + 1);
    }
}
