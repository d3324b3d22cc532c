package fr.passeportnumerique.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.account.CompanyDetails;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.learning.ModuleStanding;
import fr.passeportnumerique.learning.NextStep;
import fr.passeportnumerique.learning.ProgressOverview;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LearnerNeedsTest {

    private static final CompanyDetails COMPANY = new CompanyDetails(
            "Fleurs Exemple", "12345678901237", Sector.G, 2, LocalDate.of(2025, 3, 15), "69003", "69");

    private static ModuleStanding scored(int number, Integer score) {
        return new ModuleStanding(
                new ModuleSummary(number, "module-" + number, "Module " + number, "", 60, 4),
                4,
                Optional.ofNullable(score),
                ModuleStanding.Status.IN_PROGRESS,
                Optional.empty(),
                0,
                List.of());
    }

    private static ProgressOverview progress(ModuleStanding... modules) {
        return new ProgressOverview(
                List.of(modules),
                0,
                new NextStep(NextStep.Kind.TAKE_QUIZ, 1, "module-1", "Module 1", Optional.empty(), Optional.empty()));
    }

    @Test
    void the_placements_gaps_follow_the_weakest_quiz_scores_without_repeating_them() {
        MatchNeeds needs = LearnerNeeds.of(
                COMPANY,
                progress(scored(3, 80), scored(6, 40), scored(12, null)),
                List.of(),
                List.of(12, 6, 16),
                LocalDate.of(2026, 12, 7));

        assertThat(needs.weakestModules()).containsExactly(6, 3, 12, 16);
    }

    @Test
    void without_a_placement_the_weakest_modules_are_the_quiz_scores_alone() {
        MatchNeeds needs = LearnerNeeds.of(
                COMPANY, progress(scored(3, 80), scored(6, 40)), List.of(), List.of(), LocalDate.of(2026, 12, 7));

        assertThat(needs.weakestModules()).containsExactly(6, 3);
    }
}
