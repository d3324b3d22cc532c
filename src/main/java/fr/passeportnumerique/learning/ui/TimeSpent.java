package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.Component;
import fr.passeportnumerique.base.ui.Durations;

/** Active time as learners read it: "moins d'une minute", "12 min", "1 h 05". */
final class TimeSpent {

    private TimeSpent() {}

    static String format(long seconds, Component where) {
        if (seconds < 60) {
            return where.getTranslation("progress.time.under-a-minute");
        }
        return where.getTranslation("progress.time", Durations.format((int) (seconds / 60), StandingTexts.locale()));
    }
}
