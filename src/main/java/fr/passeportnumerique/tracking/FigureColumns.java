package fr.passeportnumerique.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * The six key figures as one select list over learners' standings ({@code s}), read back into {@link PointFigures}:
 * the same for a point, a département or a region. The query binds {@code :since}, the start of the 30 days that
 * count as "active".
 */
final class FigureColumns {

    static final String SELECT = """
            COUNT(*) AS enrolled,
            COALESCE(SUM(s.last_activity_at >= :since), 0) AS active,
            COALESCE(SUM(s.modules_done), 0) AS modules,
            COALESCE(SUM(s.graduated_at IS NOT NULL), 0) AS graduates,
            COALESCE(SUM(s.handoff_requests), 0) AS requests,
            COALESCE(SUM(s.handoff_signed), 0) AS signed
            """;

    static final int ACTIVE_DAYS = 30;

    private FigureColumns() {}

    static Timestamp activeSince(Clock clock) {
        return Timestamp.from(clock.instant().minus(Duration.ofDays(ACTIVE_DAYS)));
    }

    static PointFigures read(ResultSet row) throws SQLException {
        return new PointFigures(
                row.getLong("enrolled"),
                row.getLong("active"),
                row.getLong("modules"),
                row.getLong("graduates"),
                row.getLong("requests"),
                row.getLong("signed"));
    }
}
