package fr.passeportnumerique.base.activity;

import java.util.Optional;

/**
 * Hears what the signed-in learner does on a page: where they are, how far they scrolled, how long they were
 * active. The learning feature keeps it; pages of other features report to it without knowing that feature.
 */
public interface LearnerActivity {

    /** Whether the signed-in person is a learner whose activity is kept. */
    boolean isTracked();

    void record(Place place, int scrollPercent, int activeSeconds);

    /** The learner reached the end of the page's text. */
    void reachedEnd(Place place);

    /** The module the signed-in learner is working on (where they last were), if any. */
    Optional<String> currentModule();

    /** How far the learner had scrolled this place when they last left it. */
    Optional<Integer> savedScroll(Place place);
}
