package fr.passeportnumerique.handoff;

import fr.passeportnumerique.directory.ExpertWorkload;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The requests experts accepted, counted for the directory's "places left this month": only those still under way or
 * signed ({@link HandoffStatus#takesAPlace()}), so that closing a request without follow-up frees its place.
 */
@Component
class AcceptedRequests implements ExpertWorkload {

    private static final String TAKING_A_PLACE = Arrays.stream(HandoffStatus.values())
            .filter(HandoffStatus::takesAPlace)
            .map(status -> "'" + status.name() + "'")
            .collect(Collectors.joining(", "));

    private final JdbcTemplate jdbc;

    AcceptedRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Integer> acceptedSince(Instant since) {
        Map<Long, Integer> taken = new HashMap<>();
        jdbc.query(
                "select expert_id, count(*) from handoff_request where accepted_at >= ? and status in ("
                        + TAKING_A_PLACE + ") group by expert_id",
                row -> {
                    taken.put(row.getLong(1), row.getInt(2));
                },
                Timestamp.from(since));
        return taken;
    }
}
