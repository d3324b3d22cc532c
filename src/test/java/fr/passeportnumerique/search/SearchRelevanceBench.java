package fr.passeportnumerique.search;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.bench.BenchReport;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The relevance report: MRR@10 and recall@5 of Lucene on the judged query set, and of MariaDB FULLTEXT (natural
 * language mode) on the same documents, side by side.
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
    void lucene_against_mariadb_fulltext_on_the_judged_queries() {
        JudgedQueries judged = JudgedQueries.load();
        MariaDbFullText fullText = new MariaDbFullText(jdbc, "bench_search_real");
        fullText.load(documents.all());

        JudgedQueries.Scores lucene =
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
                        "Lucene queries whose first answer is not relevant (%d):",
                        lucene.misses().size());
        List<String> misses = lucene.misses();
        misses.forEach(miss -> report.line("- %s", miss));
        report.save();
    }
}
