package fr.passeportnumerique.search;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.bench.BenchReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Query latency of Lucene and MariaDB FULLTEXT side by side, on the real curriculum and on a synthetic corpus of
 * 100,000 documents made from its sentences; autocomplete latency; index build times. The judged queries are the
 * workload, run in the same JVM one after the other after warm-up rounds. "Query" is the bare search of both engines (the
 * ten best answers); Lucene's "results page" is the whole search the page makes (typo tolerance when few results,
 * facet counts, highlighted snippets).
 */
@IntegrationTest
class SearchSpeedBench {

    private static final int SYNTHETIC = 100_000;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 3;

    @Autowired
    CurriculumDocuments curriculum;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void latency_on_the_real_curriculum_and_on_100000_documents() throws Exception {
        List<String> queries = JudgedQueries.load().queries().stream()
                .map(JudgedQueries.Judged::query)
                .toList();
        List<SearchDocument> real = curriculum.all();
        BenchReport report = new BenchReport("search-speed");
        report.line(
                "Workload: the %d judged queries, %d rounds after %d warm-up rounds",
                queries.size(), ROUNDS, WARM_UP_ROUNDS);
        report.line("| corpus | engine | build | query p50 | query p99 | results page p50 | results page p99"
                + " | autocomplete p50 | autocomplete p99 |");
        report.line("|---|---|---|---|---|---|---|---|---|");
        measure(report, "real (" + real.size() + " documents)", real, queries, "bench_search_real");
        measure(
                report,
                String.format("synthetic (%,d documents)", SYNTHETIC),
                synthetic(real),
                queries,
                "bench_search_big");
        report.save();
    }

    private void measure(
            BenchReport report, String corpus, List<SearchDocument> documents, List<String> queries, String table)
            throws Exception {
        Path folder = Files.createTempDirectory("bench-index");
        try (LuceneIndex index = new LuceneIndex(
                FSDirectory.open(folder),
                Synonyms.fromFile(Path.of("content/search/synonymes.txt"), FrenchAnalysis.text()))) {
            long start = System.nanoTime();
            index.replaceAll(documents, "bench");
            long luceneBuild = (System.nanoTime() - start) / 1_000_000;
            settle();
            long[] bare = time(queries, query -> index.topKeys(query, 10));
            slowest(report, queries, query -> index.topKeys(query, 10));
            long[] page = time(queries, query -> index.search(SearchRequest.of(query, 10)));
            long[] suggest = time(prefixes(queries), prefix -> index.suggest(prefix, 8));
            report.line(
                    "| %s | Lucene | %,d ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f ms |",
                    corpus,
                    luceneBuild,
                    ms(bare, 0.5),
                    ms(bare, 0.99),
                    ms(page, 0.5),
                    ms(page, 0.99),
                    ms(suggest, 0.5),
                    ms(suggest, 0.99));
        }
        if (Boolean.getBoolean("bench.luceneOnly")) {
            return;
        }
        MariaDbFullText fullText = new MariaDbFullText(jdbc, table);
        long mariaBuild = fullText.load(documents);
        long[] maria = time(queries, query -> fullText.answerKeys(query, 10), 1);
        report.line(
                "| %s | MariaDB FULLTEXT | %,d ms | %.2f ms | %.2f ms | – | – | – | – |",
                corpus, mariaBuild, ms(maria, 0.5), ms(maria, 0.99));
        fullText.drop();
    }

    /** The five slowest queries of a run, to know where the tail comes from. */
    private static void slowest(BenchReport report, List<String> queries, Call call) throws Exception {
        Map<String, Long> worst = new HashMap<>();
        for (String query : queries) {
            long start = System.nanoTime();
            call.run(query);
            worst.put(query, System.nanoTime() - start);
        }
        worst.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(5)
                .forEach(entry -> report.line("slow: %s (%.1f ms)", entry.getKey(), entry.getValue() / 1e6));
    }

    /** Documents made of the curriculum's own sentences, shuffled: realistic words, realistic lengths. */
    static List<SearchDocument> synthetic(List<SearchDocument> real) {
        List<String> sentences = new ArrayList<>();
        for (SearchDocument document : real) {
            for (String sentence : document.body().split("(?<=[.!?])\\s+")) {
                if (sentence.length() > 20) {
                    sentences.add(sentence);
                }
            }
        }
        Random random = new Random(42);
        List<SearchDocument> documents = new ArrayList<>(SYNTHETIC);
        for (int i = 0; i < SYNTHETIC; i++) {
            SearchDocument model = real.get(i % real.size());
            StringBuilder body = new StringBuilder();
            for (int s = 0, count = 4 + random.nextInt(12); s < count; s++) {
                body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            }
            documents.add(new SearchDocument(
                    ResultType.LESSON,
                    model.moduleNumber(),
                    model.moduleSlug(),
                    model.moduleTitle(),
                    Optional.of("synthetique-" + i),
                    model.title() + " (" + i + ")",
                    body.toString(),
                    model.href()));
        }
        return documents;
    }

    /**
     * Lets the collector reclaim what building the index left behind, so that a collection triggered by the build does
     * not land inside a measured query.
     */
    private static void settle() throws InterruptedException {
        System.gc();
        Thread.sleep(500);
    }

    private static List<String> prefixes(List<String> queries) {
        List<String> prefixes = new ArrayList<>();
        for (String query : queries) {
            String first = query.split("\\s+")[0];
            prefixes.add(first.substring(0, Math.min(first.length(), 4)));
        }
        return prefixes;
    }

    private interface Call {
        void run(String input) throws Exception;
    }

    private static long[] time(List<String> inputs, Call call) throws Exception {
        return time(inputs, call, WARM_UP_ROUNDS);
    }

    /** MariaDB needs one round to fill its buffer pool; Lucene, running in this JVM, more for the JIT compiler. */
    private static long[] time(List<String> inputs, Call call, int warmUpRounds) throws Exception {
        for (int round = 0; round < warmUpRounds; round++) {
            for (String input : inputs) {
                call.run(input);
            }
        }
        List<Long> samples = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String input : inputs) {
                long start = System.nanoTime();
                call.run(input);
                samples.add(System.nanoTime() - start);
            }
        }
        return BenchReport.sorted(samples);
    }

    private static double ms(long[] sorted, double share) {
        return BenchReport.percentile(sorted, share) / 1e6;
    }
}
