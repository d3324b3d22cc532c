package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.account.FollowScope;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The same figures as a point's, side by side: per welcome point and per département within a region for its
 * supervisor, per region for national administrators. One grouped read over the learners' standings.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
public class RegionDashboard {

    private static final String FIGURES = TrackedTables.sql("""
            SELECT %1$s AS area_key, %2$s AS area_name, %4$s
            FROM {user_account} a
            JOIN {welcome_point} w ON w.id = a.welcome_point_id
            JOIN {user_account_role} r ON r.account_id = a.id AND r.role = 'LEARNER'
            LEFT JOIN learner_standing s ON s.account_id = a.id
            LEFT JOIN {company} c ON c.id = a.company_id
            WHERE %3$s
            GROUP BY %1$s, %2$s
            ORDER BY %2$s
            """);

    private final NamedParameterJdbcTemplate jdbc;
    private final PointAccess access;
    private final Clock clock;

    RegionDashboard(NamedParameterJdbcTemplate jdbc, PointAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** The region the person supervises, if any. */
    public Optional<String> myRegion() {
        return access.scope().region();
    }

    /** Whether the person sees the whole programme (administrators). */
    public boolean national() {
        return access.scope().everyone();
    }

    /** Each welcome point of the region with learners. */
    public List<AreaFigures> points(String region, AreaFilter filter) {
        check(region);
        return figures("w.id", "CONCAT(w.name, ' · ', w.town)", "w.region = :region", region, filter);
    }

    /** Each département of the region, by its welcome points' learners. */
    public List<AreaFigures> departements(String region, AreaFilter filter) {
        check(region);
        return figures("w.departement", "w.departement", "w.region = :region", region, filter);
    }

    /** The whole programme, region by region: administrators only. */
    public List<AreaFigures> regions(AreaFilter filter) {
        if (!access.scope().everyone()) {
            throw new TrackingException("Only administrators see every region");
        }
        return figures("w.region", "w.region", "TRUE", "", filter);
    }

    private void check(String region) {
        FollowScope scope = access.scope();
        if (!scope.coversRegion(region)) {
            throw new TrackingException("Region " + region + " is outside the viewer's scope");
        }
    }

    private List<AreaFigures> figures(String key, String name, String where, String region, AreaFilter filter) {
        MapSqlParameterSource parameters =
                new MapSqlParameterSource("region", region).addValue("since", FigureColumns.activeSince(clock));
        StringBuilder conditions = new StringBuilder(where);
        filter.enrolledWithinDays().ifPresent(days -> {
            conditions.append(" AND a.created_at >= :enrolledSince");
            parameters.addValue("enrolledSince", Timestamp.from(clock.instant().minus(Duration.ofDays(days))));
        });
        filter.pointType().ifPresent(type -> {
            conditions.append(" AND w.type = :type");
            parameters.addValue("type", type);
        });
        filter.sector().ifPresent(sector -> {
            conditions.append(" AND c.sector = :sector");
            parameters.addValue("sector", sector);
        });
        filter.size().ifPresent(size -> {
            conditions.append(" AND c.employees BETWEEN :sizeMin AND :sizeMax");
            parameters.addValue("sizeMin", size.min).addValue("sizeMax", size.max);
        });
        return jdbc.query(
                String.format(FIGURES, key, name, conditions, FigureColumns.SELECT),
                parameters,
                (row, n) -> new AreaFigures(
                        row.getString("area_key"), row.getString("area_name"), FigureColumns.read(row)));
    }
}
