package fr.passeportnumerique.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SiteClient;
import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.internal.ContentFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Search over the shipped curriculum, kept up to date by publishing, rebuilt when unreadable, and over HTTP. */
@IntegrationTest
class SearchIT {

    private static final Path SHIPPED_CONTENT = Path.of("content");

    @Autowired
    SearchService search;

    @Autowired
    ContentImportService imports;

    @Autowired
    CurriculumDocuments documents;

    @Autowired
    PasseportProperties properties;

    @LocalServerPort
    int port;

    @TempDir
    Path temp;

    private List<String> firstKeys(String query, int count) {
        return search.search(SearchRequest.of(query, count)).hits().stream()
                .map(SearchHit::answerKey)
                .toList();
    }

    @Test
    void everyday_words_land_on_the_right_module() {
        assertThat(firstKeys("facture électronique", 1)).allMatch(key -> key.startsWith("facturation-electronique"));
        assertThat(firstKeys("mot de passe piraté", 3)).anyMatch(key -> key.startsWith("cybersecurite"));
        assertThat(firstKeys("vendre sur internet", 3)).anyMatch(key -> key.startsWith("vendre-en-ligne"));
        assertThat(firstKeys("mail", 3)).anyMatch(key -> key.startsWith("messagerie-agenda"));
        assertThat(firstKeys("site web pas cher", 3)).anyMatch(key -> key.startsWith("site-web"));
    }

    @Test
    void publishing_a_lesson_makes_it_findable_and_removing_it_forgets_it() {
        ContentFixture content = ContentFixture.copyOf(SHIPPED_CONTENT, temp.resolve("content"));
        content.replace(
                "modules/01-premiers-pas/lessons/01-choisir-ses-appareils.md",
                "## ",
                "Le mot zythogramme n'existe que dans ce test.\n\n## ");
        try {
            assertThat(imports.importFrom(content.root()).outcome()).isEqualTo(ImportOutcome.UPDATED);

            assertThat(firstKeys("zythogramme", 5)).containsExactly("premiers-pas/choisir-ses-appareils");
        } finally {
            assertThat(imports.importFrom(SHIPPED_CONTENT).outcome()).isNotEqualTo(ImportOutcome.FAILED);
        }
        assertThat(firstKeys("zythogramme", 5)).isEmpty();
    }

    @Test
    void an_unreadable_index_on_disk_is_built_again_at_startup() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve(SearchService.INDEX_FOLDER));
        Files.writeString(data.resolve(SearchService.INDEX_FOLDER).resolve("segments_1"), "pas un index");
        SearchService restarted = new SearchService(
                documents,
                List.of(),
                new PasseportProperties(data, SHIPPED_CONTENT, null),
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        try {
            restarted.refresh();

            assertThat(restarted.search(SearchRequest.of("hameçonnage", 5)).hits())
                    .isNotEmpty();
        } finally {
            restarted.destroy();
        }
    }

    @Test
    void the_api_answers_json_hits_for_any_input() {
        SiteClient site = new SiteClient(port);
        String body = site.get(
                        "/api/search?limit=3&q=" + URLEncoder.encode("facture électronique", StandardCharsets.UTF_8))
                .body();

        assertThat(body).contains("\"type\":", "\"moduleNumber\":12", "\"snippet\":", "\"score\":");
        for (String hostile : List.of("\"", "*", "AND OR NOT", "<script>", "😀", "a".repeat(3000))) {
            assertThat(site.status("/api/search?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8)))
                    .as(hostile)
                    .isEqualTo(200);
        }
        assertThat(site.get("/api/search/suggestions?q=factu").body()).contains("Facturation");
    }
}
