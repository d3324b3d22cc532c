package fr.passeportnumerique.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.bench.BenchReport;
import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.search.SearchRequest;
import fr.passeportnumerique.search.SearchService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long a trainer waits: saving a lesson draft, and publishing its module until the search finds the new word
 * (the whole curriculum checked, the module stored with its version, the index rebuilt).
 */
@IntegrationTest
class PublicationBench {

    private static final int ROUNDS = 20;
    private static final String MODULE = "premiers-pas";
    private static final String LESSON = "lessons/01-choisir-ses-appareils.md";

    @Autowired
    DraftService drafts;

    @Autowired
    PublishingService publishing;

    @Autowired
    SearchService search;

    @Autowired
    ContentImportService imports;

    @Test
    void saving_a_draft_and_publishing_until_search_finds_it() {
        List<Long> saves = new ArrayList<>();
        List<Long> publications = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS + 2; round++) {
                String word = "bancmarque" + (char) ('a' + round % 26) + (char) ('a' + round / 26);
                LessonDraft lesson = asTrainer(() -> drafts.lesson(MODULE, LESSON));
                long start = System.nanoTime();
                asTrainer(() -> drafts.saveLesson(lesson.withText(
                        lesson.title(), lesson.durationMinutes(), lesson.markdown() + "\n\nLe mot " + word + ".")));
                long saved = System.nanoTime();
                asTrainer(() -> publishing.publish(MODULE, "bench"));
                assertThat(search.search(SearchRequest.of(word, 3)).hits()).isNotEmpty();
                long found = System.nanoTime();
                if (round >= 2) {
                    saves.add(saved - start);
                    publications.add(found - saved);
                }
            }
        } finally {
            assertThat(imports.importFrom(Path.of("content")).outcome()).isNotEqualTo(ImportOutcome.FAILED);
        }
        long[] save = BenchReport.sorted(saves);
        long[] publish = BenchReport.sorted(publications);
        new BenchReport("publication")
                .line("%d rounds after 2 warm-up rounds, one lesson of module 1 changed each time", ROUNDS)
                .line("| step | p50 | p95 | max |")
                .line("|---|---|---|---|")
                .line(
                        "| save a lesson draft | %.1f ms | %.1f ms | %.1f ms |",
                        ms(save, 0.5), ms(save, 0.95), ms(save, 1))
                .line(
                        "| publish the module until search finds the new word | %.0f ms | %.0f ms | %.0f ms |",
                        ms(publish, 0.5), ms(publish, 0.95), ms(publish, 1))
                .save();
    }

    private static double ms(long[] sorted, double share) {
        return BenchReport.percentile(sorted, share) / 1e6;
    }

    private static <T> T asTrainer(Supplier<T> call) {
        return SignedIn.as("formateur@example.org", AppRoles.TRAINER, call);
    }
}
