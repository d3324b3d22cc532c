package fr.passeportnumerique.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void durations_are_written_as_people_say_them() {
        assertThat(Durations.format(45, Locale.FRENCH)).isEqualTo("45 min");
        assertThat(Durations.format(60, Locale.FRENCH)).isEqualTo("1 h");
        assertThat(Durations.format(70, Locale.FRENCH)).isEqualTo("1 h 10");
        assertThat(Durations.format(125, Locale.ENGLISH)).isEqualTo("2 h 05 min");
    }
}
