package fr.passeportnumerique.base.ui;

import fr.passeportnumerique.base.i18n.Translations;
import java.util.Locale;

/** Durations as people say them: "45 min", "1 h", "1 h 30". */
public final class Durations {

    private Durations() {}

    public static String format(int minutes, Locale locale) {
        int hours = minutes / 60;
        int rest = minutes % 60;
        if (hours == 0) {
            return Translations.translate("duration.minutes", locale, rest);
        }
        if (rest == 0) {
            return Translations.translate("duration.hours", locale, hours);
        }
        return Translations.translate("duration.hours-minutes", locale, hours, String.format("%02d", rest));
    }
}
