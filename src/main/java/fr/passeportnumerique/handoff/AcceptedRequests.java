package fr.passeportnumerique.handoff;

import fr.passeportnumerique.directory.ExpertWorkload;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The requests experts accepted, counted for the directory's "places left this month". */
@Component
class AcceptedRequests implements ExpertWorkload {

    private final JdbcTemplate jdbc;

    AcceptedRequests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Integer> acceptedSince(Instant since) {
        Map<Long, Integer> taken = new HashMap<>();
        jdbc.query(
                "select expert_id, count(*) from handoff_request where accepted_at >= ? group by expert_id",
                row -> {
                    taken.put(row.getLong(1), row.getInt(2));
                },
                Timestamp.from(since));
        return taken;
    }
}
