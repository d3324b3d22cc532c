package fr.passeportnumerique.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormValuesTest {

    @Test
    void reads_the_browsers_pairs_with_a_name_once_per_value() {
        FormValues values = FormValues.parse("[[\"q1\",\"2\"],[\"q2\",\"0\"],[\"q2\",\"3\"],[\"q3\",\"\"]]");

        assertThat(values.first("q1")).contains("2");
        assertThat(values.all("q2")).containsExactly("0", "3");
        assertThat(values.first("q3")).contains("");
        assertThat(values.all("q4")).isEmpty();
    }

    @Test
    void anything_else_reads_as_no_value() {
        assertThat(FormValues.parse(null)).isEqualTo(FormValues.NONE);
        assertThat(FormValues.parse("not json")).isEqualTo(FormValues.NONE);
        assertThat(FormValues.parse("{\"q1\":\"2\"}")).isEqualTo(FormValues.NONE);
        assertThat(FormValues.parse("[[\"q1\",\"" + "x".repeat(FormValues.MAX_CHARS) + "\"]]"))
                .isEqualTo(FormValues.NONE);
        assertThat(FormValues.parse("[[\"q1\",2],[\"q2\"],\"q3\",[\"q4\",\"ok\",\"more\"],[\"q5\",\"1\"]]")
                        .byName())
                .containsOnlyKeys("q5");
    }
}
