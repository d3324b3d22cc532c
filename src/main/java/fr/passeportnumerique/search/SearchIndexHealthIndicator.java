package fr.passeportnumerique.search;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/** Readiness: the search index is open and holds documents (it is built at startup and rebuilt when unreadable). */
@Component
class SearchIndexHealthIndicator extends AbstractHealthIndicator {

    private final SearchService search;

    SearchIndexHealthIndicator(SearchService search) {
        super("The search index could not be read");
        this.search = search;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        search.documentCount()
                .ifPresentOrElse(
                        count -> {
                            if (count > 0) {
                                builder.up();
                            } else {
                                builder.down();
                            }
                        },
                        builder::down);
    }
}
