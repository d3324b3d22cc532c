package fr.passeportnumerique.search;

import fr.passeportnumerique.base.database.SharedStampMoved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's copies of published content in step with changes made on any node: every
 * {@code passeport.search.follow-interval} (30 s by default) it reads the shared {@link SearchContentStamp} and, when
 * the stamp has moved, says so ({@link SharedStampMoved}: the curriculum held in memory is read again) and brings the
 * search index up to date from the database. The first reading after startup does the
 * same, which is cheap when the index is already current.
 */
@Component
class SearchIndexFollower {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexFollower.class);

    private final SearchContentStamp stamp;
    private final SearchService search;
    private final ApplicationEventPublisher events;
    private long seen = -1;

    SearchIndexFollower(SearchContentStamp stamp, SearchService search, ApplicationEventPublisher events) {
        this.stamp = stamp;
        this.search = search;
        this.events = events;
    }

    @Scheduled(
            initialDelayString = "${passeport.search.follow-interval:PT30S}",
            fixedDelayString = "${passeport.search.follow-interval:PT30S}")
    synchronized void follow() {
        try {
            long current = stamp.current();
            if (current != seen) {
                log.info(
                        "Searchable content changed (stamp {} → {}): bringing the search index up to date",
                        seen,
                        current);
                // The curriculum this node holds in memory first: the index is rebuilt from it.
                events.publishEvent(new SharedStampMoved(current));
                search.refresh();
                seen = current;
            }
        } catch (DataAccessException e) {
            // The database is away: the readiness check says so; the next reading tries again.
            log.warn("Could not read the search content stamp: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("The search index could not follow a content change; trying again at the next reading", e);
        }
    }
}
