package fr.passeportnumerique.search.web;

import fr.passeportnumerique.search.SearchHit;
import fr.passeportnumerique.search.SearchRequest;
import fr.passeportnumerique.search.SearchResults;
import fr.passeportnumerique.search.SearchService;
import fr.passeportnumerique.search.Suggestion;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public search for welcome point kiosks and monitoring: {@code GET /api/search?q=...&limit=10}. Any input is
 * accepted; a query with nothing searchable answers no hits.
 */
@RestController
class SearchApi {

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    Answer search(
            @RequestParam(name = "q", defaultValue = "") String query, @RequestParam(defaultValue = "10") int limit) {
        SearchResults results = search.search(SearchRequest.of(query, limit));
        return new Answer(
                query,
                results.total(),
                results.typoTolerant(),
                results.hits().stream().map(Hit::of).toList());
    }

    @GetMapping("/api/search/suggestions")
    List<Suggestion> suggestions(@RequestParam(name = "q", defaultValue = "") String prefix) {
        return search.suggest(prefix, 8);
    }

    record Answer(String query, long total, boolean typoTolerant, List<Hit> hits) {}

    record Hit(
            String type,
            int moduleNumber,
            String moduleSlug,
            String lessonSlug,
            String title,
            String snippet,
            float score,
            String path) {

        static Hit of(SearchHit hit) {
            return new Hit(
                    hit.type().name().toLowerCase(Locale.ROOT),
                    hit.moduleNumber(),
                    hit.moduleSlug(),
                    hit.lessonSlug().orElse(null),
                    hit.title(),
                    hit.snippetHtml(),
                    hit.score(),
                    "/" + hit.href());
        }
    }
}
