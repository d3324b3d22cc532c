package fr.passeportnumerique.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StaleDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void a_past_date_announced_as_coming_is_flagged_with_its_line_and_sentence() {
        String lesson = """
                # Facture électronique

                Le RGPD s'applique depuis le 25 mai 2018. À partir du 1er septembre 2026, toutes les entreprises \
                devront pouvoir recevoir des factures électroniques. Les TPE émettront au 1er septembre 2027.
                """;

        assertThat(StaleDates.in("12/lessons/01.md", lesson, TODAY))
                .containsExactly(new StaleDates.StaleDate(
                        "12/lessons/01.md",
                        3,
                        LocalDate.of(2026, 9, 1),
                        "À partir du 1er septembre 2026, toutes les entreprises devront pouvoir recevoir des factures"
                                + " électroniques."));
    }

    @Test
    void a_past_date_told_as_past_and_a_future_date_are_left_alone() {
        assertThat(StaleDates.in("f.md", "Le RGPD s'applique depuis le 25 mai 2018.", TODAY))
                .isEmpty();
        assertThat(StaleDates.in(
                        "f.md",
                        "Elles reçoivent depuis le 1er septembre 2026, et devront émettre à partir du 1er septembre 2027.",
                        TODAY))
                .isEmpty();
        assertThat(StaleDates.in("f.md", "La loi du 30 juin 2025 exige l'accord à partir du **11 août 2026**.", TODAY))
                .extracting(StaleDates.StaleDate::date)
                .containsExactly(LocalDate.of(2026, 8, 11));
        assertThat(StaleDates.in("f.md", "Les TPE devront émettre à partir du 1er septembre 2027.", TODAY))
                .isEmpty();
        assertThat(StaleDates.in("f.md", "Le 31 février 2026 sera un jour comme un autre.", TODAY))
                .as("not a date")
                .isEmpty();
    }

    @Test
    void the_shipped_curriculum_is_read_without_failing() {
        CurriculumFiles shipped = CurriculumFiles.read(Path.of("content"));

        assertThat(StaleDates.in(shipped, TODAY))
                .allSatisfy(stale -> assertThat(stale.date()).isBefore(TODAY));
    }
}
