package fr.passeportnumerique.search;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.bench.BenchReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The relevance report: MRR@10 and recall@5 of Lucene on the judged query set, and of MariaDB FULLTEXT (natural
 * language mode) on the same documents, side by side: the curriculum's lessons, modules and glossary terms. Lucene is
 * also scored on the application's whole index, where the experts' profiles and their packs compete with the lessons.
 */
@IntegrationTest
class SearchRelevanceBench {

    @Autowired
    SearchService search;

    @Autowired
    CurriculumDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void lucene_against_mariadb_fulltext_on_the_judged_queries() throws IOException {
        JudgedQueries judged = JudgedQueries.load();
        MariaDbFullText fullText = new MariaDbFullText(jdbc, "bench_search_real");
        fullText.load(documents.all());

        JudgedQueries.Scores lucene;
        try (LuceneIndex curriculumOnly = new LuceneIndex(
                FSDirectory.open(Files.createTempDirectory("relevance-index")),
                Synonyms.fromFile(Path.of("content/search/synonymes.txt"), FrenchAnalysis.text()))) {
            curriculumOnly.replaceAll(documents.all(), "bench");
            lucene = judged.score((query, count) -> answerKeys(curriculumOnly, query, count));
        }
        JudgedQueries.Scores whole =
                judged.score((query, count) -> search.search(SearchRequest.of(query, count)).hits().stream()
                        .map(SearchHit::answerKey)
                        .toList());
        JudgedQueries.Scores mariadb = judged.score(fullText::answerKeys);

        BenchReport report = new BenchReport("search-relevance")
                .line("Judged queries: %d", judged.queries().size())
                .line("| engine | MRR@10 | recall@5 |")
                .line("|---|---|---|")
                .line(
                        "| Lucene (French analysis, synonyms, fuzzy) | %.3f | %.3f |",
                        lucene.mrrAt10(), lucene.recallAt5())
                .line(
                        "| MariaDB FULLTEXT, natural language mode | %.3f | %.3f |",
                        mariadb.mrrAt10(), mariadb.recallAt5())
                .line(
                        "| Lucene on the whole index (curriculum, experts, packs) | %.3f | %.3f |",
                        whole.mrrAt10(), whole.recallAt5())
                .line(
                        "Lucene queries whose first answer is not relevant (%d):",
                        lucene.misses().size());
        lucene.misses().forEach(miss -> report.line("- %s", miss));
        report.line("On the whole index (%d):", whole.misses().size());
        whole.misses().forEach(miss -> report.line("- %s", miss));
        report.save();
    }

    private static List<String> answerKeys(LuceneIndex index, String query, int count) {
        try {
            return index.search(SearchRequest.of(query, count)).hits().stream()
                    .map(SearchHit::answerKey)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
