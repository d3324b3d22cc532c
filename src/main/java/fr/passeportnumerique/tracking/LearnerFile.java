package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.AccountSummary;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.LearnerDirectory;
import fr.passeportnumerique.quiz.PlacementOutcome;
import fr.passeportnumerique.quiz.PlacementResults;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One learner as their welcome point follows them, read-only: where they stand in each module, their latest
 * placement test, their quiz attempts, their hand-off requests and the contacts noted. Each look is written to the
 * audit log (by the directory).
 */
@Service
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
public class LearnerFile {

    private final LearnerDirectory directory;
    private final PointAccess access;
    private final PointDashboard dashboard;
    private final Reminders reminders;
    private final PlacementResults placements;
    private final NamedParameterJdbcTemplate jdbc;

    LearnerFile(
            LearnerDirectory directory,
            PointAccess access,
            PointDashboard dashboard,
            Reminders reminders,
            PlacementResults placements,
            NamedParameterJdbcTemplate jdbc) {
        this.directory = directory;
        this.access = access;
        this.dashboard = dashboard;
        this.reminders = reminders;
        this.placements = placements;
        this.jdbc = jdbc;
    }

    /** Empty when the learner does not exist or is outside what the person follows. */
    @Transactional
    public Optional<Detail> open(long learnerId) {
        Optional<AccountSummary> learner = directory.learner(learnerId);
        if (learner.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> point = Optional.empty();
        // A learner who joined no point yet is only visible to administrators: their file has no point's view.
        if (learner.get().welcomePoint().isPresent()) {
            try {
                point = Optional.of(access.pointOfLearner(learnerId));
            } catch (TrackingException outside) {
                return Optional.empty();
            }
        }
        MapSqlParameterSource id = new MapSqlParameterSource("id", learnerId);
        List<Attempt> attempts = jdbc.query(
                TrackedTables.sql("SELECT module_slug, submitted_at, score_percent, passed FROM {quiz_attempt}"
                        + " WHERE account_id = :id AND submitted_at IS NOT NULL ORDER BY submitted_at DESC LIMIT 100"),
                id,
                (row, n) -> new Attempt(
                        row.getString(1), row.getTimestamp(2).toInstant(), row.getInt(3), row.getBoolean(4)));
        List<Request> requests = jdbc.query(
                TrackedTables.sql(
                        "SELECT h.status, h.created_at, e.company_name FROM {handoff_request} h JOIN {expert} e ON e.id = h.expert_id"
                                + " WHERE h.account_id = :id ORDER BY h.created_at DESC"),
                id,
                (row, n) -> new Request(row.getString(1), row.getTimestamp(2).toInstant(), row.getString(3)));
        Map<String, Integer> bestScores = new HashMap<>();
        jdbc.query(
                TrackedTables.sql(
                        "SELECT module_slug, best_score FROM {module_progress} WHERE account_id = :id AND best_score IS NOT NULL"),
                id,
                row -> {
                    bestScores.put(row.getString(1), row.getInt(2));
                });
        return Optional.of(new Detail(
                learner.get(),
                point,
                point.map(followed ->
                                dashboard.heatMap(followed, List.of(learnerId)).get(learnerId))
                        .orElse(List.of()),
                bestScores,
                placements.of(learnerId),
                attempts,
                requests,
                point.isPresent() ? reminders.contacts(learnerId) : List.of()));
    }

    public record Detail(
            AccountSummary learner,
            // Empty when the learner has not joined a welcome point: no module progress nor contacts then.
            Optional<Long> point,
            List<CellState> modules,
            Map<String, Integer> bestScores,
            // The latest finished placement test; empty when the learner has not taken one.
            Optional<PlacementOutcome> placement,
            List<Attempt> attempts,
            List<Request> requests,
            List<Reminders.Contact> contacts) {}

    public record Attempt(String moduleSlug, Instant at, int scorePercent, boolean passed) {}

    public record Request(String status, Instant at, String expertName) {}
}
