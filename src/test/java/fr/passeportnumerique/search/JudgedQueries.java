package fr.passeportnumerique.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The judged query set ({@code search/judged-queries.yaml}): what TPE managers type, and what answers it. */
record JudgedQueries(List<Judged> queries) {

    record Judged(String query, List<String> relevant) {}

    @SuppressWarnings("unchecked")
    static JudgedQueries load() {
        try (InputStream in = JudgedQueries.class.getResourceAsStream("/search/judged-queries.yaml")) {
            List<Map<String, Object>> raw = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new JudgedQueries(raw.stream()
                    .map(entry -> new Judged((String) entry.get("query"), (List<String>) entry.get("relevant")))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mean reciprocal rank of the first relevant answer within the top 10, and recall within the top 5. */
    record Scores(double mrrAt10, double recallAt5, List<String> misses) {}

    interface Engine {
        List<String> answerKeys(String query, int count);
    }

    Scores score(Engine engine) {
        double reciprocalRanks = 0;
        double recall = 0;
        List<String> misses = new ArrayList<>();
        for (Judged judged : queries) {
            List<String> top = distinct(engine.answerKeys(judged.query(), 10));
            int rank = 0;
            for (int i = 0; i < Math.min(10, top.size()); i++) {
                if (judged.relevant().contains(top.get(i))) {
                    rank = i + 1;
                    break;
                }
            }
            reciprocalRanks += rank == 0 ? 0 : 1.0 / rank;
            if (rank != 1) {
                misses.add(judged.query() + " -> rank " + (rank == 0 ? ">10" : rank) + ", got "
                        + top.subList(0, Math.min(3, top.size())));
            }
            Set<String> found = new LinkedHashSet<>(top.subList(0, Math.min(5, top.size())));
            found.retainAll(judged.relevant());
            recall += (double) found.size() / Math.min(5, new LinkedHashSet<>(judged.relevant()).size());
        }
        return new Scores(reciprocalRanks / queries.size(), recall / queries.size(), misses);
    }

    private static List<String> distinct(List<String> keys) {
        return List.copyOf(new LinkedHashSet<>(keys));
    }
}
