package fr.passeportnumerique.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void french_writes_the_first_of_the_month_as_an_ordinal_and_english_does_not_change() {
        assertThat(Dates.longDate(LocalDate.of(2027, 8, 1), Locale.FRENCH)).isEqualTo("1er août 2027");
        assertThat(Dates.longDate(LocalDate.of(2027, 8, 12), Locale.FRENCH)).isEqualTo("12 août 2027");
        assertThat(Dates.longDate(LocalDate.of(2027, 8, 1), Locale.ENGLISH)).isEqualTo("August 1, 2027");
    }

    @Test
    void times_and_chart_days_follow_the_language() {
        Instant afternoon = Instant.parse("2026-12-07T13:05:00Z");
        assertThat(Dates.time(afternoon, Locale.FRENCH)).isEqualTo("14:05");
        assertThat(Dates.time(afternoon, Locale.ENGLISH)).isEqualTo("2:05\u202fPM");
        assertThat(Dates.dayAndMonth(LocalDate.of(2026, 12, 7), Locale.FRENCH)).isEqualTo("07/12");
        assertThat(Dates.dayAndMonth(LocalDate.of(2026, 12, 7), Locale.ENGLISH)).isEqualTo("12/7");
    }
}
