package fr.passeportnumerique.search;

import fr.passeportnumerique.curriculum.CurriculumPublished;
import fr.passeportnumerique.curriculum.ImportOutcome;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The shared counter of searchable-content changes ({@code search_content_stamp}). It moves on inside the transaction
 * that changes the content, so a node that sees the new value also sees the new content.
 */
@Component
class SearchContentStamp {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SearchContentStamp(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long current() {
        Long version = jdbc.queryForObject("select version from search_content_stamp where id = 1", Long.class);
        return version == null ? 0 : version;
    }

    /** Every node's start imports the content folder too: only an import that changed something moves the stamp. */
    @EventListener
    void onCurriculumPublished(CurriculumPublished published) {
        if (published.outcome() == ImportOutcome.UPDATED) {
            moveOn();
        }
    }

    @EventListener
    void onSearchContentChanged(SearchContentChanged changed) {
        moveOn();
    }

    private void moveOn() {
        jdbc.update(
                "update search_content_stamp set version = version + 1, changed_at = ? where id = 1",
                Timestamp.from(clock.instant()));
    }
}
