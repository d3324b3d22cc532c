package fr.passeportnumerique.directory;

import java.time.Instant;
import java.util.Map;

/**
 * How many new clients each expert accepted since an instant: the directory shows what capacity is left this month,
 * but the requests that fill it belong to the hand-off, which answers this.
 */
public interface ExpertWorkload {

    /**
     * Requests accepted since {@code since} that still fill a place (under way or signed, not closed without
     * follow-up or withdrawn), by expert id; an expert with none may be absent.
     */
    Map<Long, Integer> acceptedSince(Instant since);
}
