package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.FollowScope;
import fr.passeportnumerique.account.LearnerDirectory;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which welcome point (or region) a person may look at: their own, their region's, or any for administrators. */
@Component
class PointAccess {

    private final LearnerDirectory directory;
    private final JdbcTemplate jdbc;

    PointAccess(LearnerDirectory directory, JdbcTemplate jdbc) {
        this.directory = directory;
        this.jdbc = jdbc;
    }

    FollowScope scope() {
        return directory.myScope();
    }

    /** The point asked for, or the person's own when none is asked; refused outside their scope. */
    long point(Optional<Long> asked) {
        FollowScope scope = directory.myScope();
        long point =
                asked.or(scope::welcomePointId).orElseThrow(() -> new TrackingException("No welcome point to show"));
        String region = jdbc
                .query(
                        TrackedTables.sql("SELECT region FROM {welcome_point} WHERE id = ?"),
                        (row, n) -> row.getString(1),
                        point)
                .stream()
                .findFirst()
                .orElseThrow(() -> new TrackingException("No welcome point " + point));
        if (!scope.coversPoint(point, region)) {
            throw new TrackingException("Welcome point " + point + " is outside the viewer's scope");
        }
        return point;
    }

    /** Refused when the region is outside the person's scope. */
    void region(String region) {
        if (!directory.myScope().coversRegion(region)) {
            throw new TrackingException("Region " + region + " is outside the viewer's scope");
        }
    }

    /** The learner's point, when it is one the person may look at. */
    long pointOfLearner(long learnerId) {
        // The column is null for a learner who has not joined a point: no Optional.of(null) through findFirst.
        Long point = jdbc
                .query(
                        TrackedTables.sql("SELECT welcome_point_id FROM {user_account} WHERE id = ?"),
                        (row, n) -> Optional.ofNullable(row.getObject(1, Long.class)),
                        learnerId)
                .stream()
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
        if (point == null) {
            throw new TrackingException("Learner " + learnerId + " follows no welcome point");
        }
        return point(Optional.of(point));
    }
}
