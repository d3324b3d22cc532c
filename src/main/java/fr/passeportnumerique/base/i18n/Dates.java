package fr.passeportnumerique.base.i18n;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates as the programme shows them: in metropolitan France's time zone, written out ("12 mars 2026"). */
public final class Dates {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Dates() {}

    /** Today in metropolitan France: dates of accreditation and company age turn at midnight there, not in UTC. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(PARIS));
    }

    public static String longDate(Instant instant, Locale locale) {
        return longDate(instant.atZone(PARIS).toLocalDate(), locale);
    }

    /** Hours and minutes in France's time zone, as the language writes them: "14:05", "2:05 PM". */
    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .format(instant.atZone(PARIS));
    }

    /** The day and the month alone, in the language's order, for a chart's axis: "07/12", "12/7". */
    public static String dayAndMonth(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedPattern("Md").withLocale(locale).format(day);
    }

    /** French writes the first of the month as an ordinal: "1er août 2027". */
    public static String longDate(LocalDate day, Locale locale) {
        String written = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(day);
        return day.getDayOfMonth() == 1 && locale.getLanguage().equals("fr") && written.startsWith("1 ")
                ? "1er" + written.substring(1)
                : written;
    }
}
