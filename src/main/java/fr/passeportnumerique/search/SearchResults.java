package fr.passeportnumerique.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer to a search: the hits, how many there are in all, the counts by type and by module (over the whole
 * search, before the chosen facets), whether typos were forgiven, and a correction when nothing matched.
 */
public record SearchResults(
        List<SearchHit> hits,
        long total,
        Map<ResultType, Integer> typeCounts,
        List<ModuleCount> moduleCounts,
        boolean typoTolerant,
        Optional<String> didYouMean) {

    public static SearchResults empty() {
        return new SearchResults(List.of(), 0, Map.of(), List.of(), false, Optional.empty());
    }

    public record ModuleCount(String moduleSlug, String moduleTitle, int moduleNumber, int count) {}
}
