package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import fr.passeportnumerique.base.i18n.Translations;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the page's language: month and day names, first day of the week, date format. */
public final class FrenchDates {

    private FrenchDates() {}

    public static DatePickerI18n i18n(Locale locale) {
        Locale language = Translations.supported(locale);
        boolean french = language.equals(Translations.FRENCH);
        List<DayOfWeek> sundayFirst = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> capitalised(month.getDisplayName(TextStyle.FULL, language), language))
                        .toList())
                .setWeekdays(sundayFirst.stream()
                        .map(day -> day.getDisplayName(TextStyle.FULL, language))
                        .toList())
                .setWeekdaysShort(sundayFirst.stream()
                        .map(day -> day.getDisplayName(TextStyle.SHORT, language))
                        .toList())
                .setFirstDayOfWeek(french ? 1 : 0)
                .setToday(Translations.translate("date.today", language))
                .setCancel(Translations.translate("date.cancel", language))
                .setDateFormat(french ? "dd/MM/yyyy" : "yyyy-MM-dd");
    }

    private static String capitalised(String text, Locale locale) {
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
