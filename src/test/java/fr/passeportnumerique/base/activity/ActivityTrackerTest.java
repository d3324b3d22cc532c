package fr.passeportnumerique.base.activity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.HandClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityTrackerTest {

    private final HandClock clock = new HandClock();
    private final CountingActivity activity = new CountingActivity();
    private final ActivityTracker tracker = new ActivityTracker(activity, Place.lesson("m", "l"), clock);

    @Test
    void reports_called_in_a_loop_add_no_more_seconds_than_really_elapsed() {
        for (int i = 0; i < 200; i++) {
            clock.advance(Duration.ofMillis(15));
            tracker.report(50, ActivityTracker.REPORT_SECONDS);
        }

        assertThat(activity.seconds).isEqualTo(3);
        assertThat(activity.lastScroll).isEqualTo(50);
    }

    @Test
    void reports_every_fifteen_seconds_count_every_active_second() {
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofSeconds(ActivityTracker.REPORT_SECONDS));
            tracker.report(10 * i, ActivityTracker.REPORT_SECONDS);
        }

        assertThat(activity.seconds).isEqualTo(60);
    }

    @Test
    void a_long_pause_does_not_let_later_reports_claim_the_pause() {
        clock.advance(Duration.ofHours(1));
        tracker.report(10, ActivityTracker.REPORT_SECONDS);
        for (int i = 0; i < 100; i++) {
            tracker.report(10, ActivityTracker.REPORT_SECONDS);
        }

        assertThat(activity.seconds).isEqualTo(ActivityTracker.REPORT_SECONDS);
    }

    @Test
    void a_report_never_counts_more_than_the_learner_claims() {
        clock.advance(Duration.ofSeconds(14));
        tracker.report(10, 4);

        assertThat(activity.seconds).isEqualTo(4);
    }

    @Test
    void the_end_of_the_text_counts_once_and_only_while_the_page_watches_for_it() {
        tracker.reachedEnd();
        assertThat(activity.endsReached)
                .as("a tracker that does not watch the end (a quiz, a lesson done)")
                .isZero();

        tracker.watchingTheEnd();
        tracker.reachedEnd();
        tracker.reachedEnd();
        assertThat(activity.endsReached).isEqualTo(1);
        assertThat(tracker.watchesTheEnd()).isFalse();

        ActivityTracker finished = new ActivityTracker(activity, Place.lesson("m", "l2"), clock).watchingTheEnd();
        finished.stopWatchingTheEnd();
        finished.reachedEnd();
        assertThat(activity.endsReached).isEqualTo(1);
    }

    private static final class CountingActivity implements LearnerActivity {
        private int seconds;
        private int lastScroll = -1;
        private int endsReached;

        @Override
        public boolean isTracked() {
            return true;
        }

        @Override
        public void record(Place place, int scrollPercent, int activeSeconds) {
            seconds += activeSeconds;
            lastScroll = scrollPercent;
        }

        @Override
        public void reachedEnd(Place place) {
            endsReached++;
        }

        @Override
        public Optional<String> currentModule() {
            return Optional.empty();
        }

        @Override
        public Optional<Integer> savedScroll(Place place) {
            return Optional.empty();
        }
    }
}
