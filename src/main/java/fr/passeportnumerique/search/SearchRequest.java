package fr.passeportnumerique.search;

import java.util.Optional;

/**
 * A search as typed, with the facets chosen and, when known, the module the learner is working on (used only to
 * break ties).
 */
public record SearchRequest(
        String text, Optional<ResultType> type, Optional<String> module, Optional<String> contextModule, int limit) {

    public static final int MAX_LIMIT = 50;

    public SearchRequest {
        limit = Math.clamp(limit, 1, MAX_LIMIT);
    }

    public static SearchRequest of(String text, int limit) {
        return new SearchRequest(text, Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }
}
