package fr.passeportnumerique.base.activity;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * An invisible marker placed at the end of a page's text. In the browser it counts the seconds the learner is
 * active on a visible page and how far they scrolled, reports them every few seconds, tells when the marker comes
 * into view after the learner has read down to it, and can bring the page back to a saved scroll position.
 */
@Tag("div")
public class ActivityTracker extends Component {

    private static final String SCRIPT = script();

    /** Reports arrive at most this often; the server never counts more than this per report. */
    public static final int REPORT_SECONDS = 15;

    /**
     * The report is a DOM event carrying its figures rather than a call of a {@code @ClientCallable} method: Vaadin
     * looks up a framework service for each argument of such a call, which scans the class path every time.
     */
    static final String REPORT_EVENT = "pn-report";

    /** Present while reaching the end of the text still means something (a lesson not done yet). */
    static final String WATCHES_END = "data-watches-end";

    static final String PERCENT = "event.detail.percent";
    static final String SECONDS = "event.detail.seconds";

    private final LearnerActivity activity;
    private final Place place;
    private final Clock clock;
    /** Active time is counted up to this instant; a report may only claim whole seconds after it. */
    private Instant countedUntil;

    private Integer scrollToRestore;

    public ActivityTracker(LearnerActivity activity, Place place, Clock clock) {
        this.activity = activity;
        this.place = place;
        this.clock = clock;
        this.countedUntil = clock.instant();
        getElement().setAttribute("aria-hidden", "true");
        getElement().getClassList().add("pn-activity-tracker");
        getElement()
                .addEventListener(
                        REPORT_EVENT,
                        event -> report(
                                event.getEventData().path(PERCENT).asInt(0),
                                event.getEventData().path(SECONDS).asInt(0)))
                .addEventData(PERCENT)
                .addEventData(SECONDS);
    }

    /**
     * Tells the server when the learner reaches the end of the text, once: for a lesson not done yet. Elsewhere (a
     * lesson already done, a quiz) the end means nothing and the page does not send it.
     */
    public ActivityTracker watchingTheEnd() {
        getElement().setAttribute(WATCHES_END, true);
        return this;
    }

    /** The end no longer matters (the learner said the lesson is done): the page stops sending it. */
    public void stopWatchingTheEnd() {
        getElement().removeAttribute(WATCHES_END);
    }

    boolean watchesTheEnd() {
        return getElement().hasAttribute(WATCHES_END);
    }

    /** Brings the page back to where the learner left it, once it is shown. */
    public ActivityTracker restoringScroll() {
        scrollToRestore = activity.savedScroll(place).orElse(null);
        return this;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs(SCRIPT, REPORT_SECONDS);
        if (scrollToRestore != null && scrollToRestore > 0) {
            getElement().callJsFunction("restoreScroll", scrollToRestore);
            scrollToRestore = null;
        }
    }

    void report(int scrollPercent, int activeSeconds) {
        activity.record(place, Math.clamp(scrollPercent, 0, 100), elapsedSecondsUpTo(activeSeconds));
    }

    /**
     * The browser's claim, bounded by the wall-clock time the server saw pass since the time already counted, so a
     * page calling {@code report} in a loop gains nothing. When the claim covers all that time, the fraction of a
     * second left over is kept for the next report; otherwise the learner was idle and counting starts again now.
     */
    private int elapsedSecondsUpTo(int claimedSeconds) {
        Instant now = clock.instant();
        long elapsed = Math.max(0, Duration.between(countedUntil, now).toSeconds());
        int seconds = (int) Math.min(Math.clamp(claimedSeconds, 0, REPORT_SECONDS), elapsed);
        countedUntil = seconds == elapsed ? countedUntil.plusSeconds(seconds) : now;
        return seconds;
    }

    @ClientCallable
    void reachedEnd() {
        if (!watchesTheEnd()) {
            return;
        }
        stopWatchingTheEnd();
        activity.reachedEnd(place);
        fireEvent(new ReachedEndEvent(this));
    }

    public void addReachedEndListener(com.vaadin.flow.component.ComponentEventListener<ReachedEndEvent> listener) {
        addListener(ReachedEndEvent.class, listener);
    }

    /** The learner read down to the end of the text. */
    public static class ReachedEndEvent extends com.vaadin.flow.component.ComponentEvent<ActivityTracker> {
        ReachedEndEvent(ActivityTracker source) {
            super(source, true);
        }
    }

    private static String script() {
        try (InputStream in = ActivityTracker.class.getResourceAsStream("activity-tracker.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
