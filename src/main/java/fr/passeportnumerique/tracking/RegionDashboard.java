package fr.passeportnumerique.tracking;

import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.tracking.internal.TrackedTables;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
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
        access.region(region);
        return figures("w.id", "CONCAT(w.name, ' · ', w.town)", "w.region = :region", region, filter);
    }

    /** Each département of the region, by its welcome points' learners. */
    public List<AreaFigures> departements(String region, AreaFilter filter) {
        access.region(region);
        return figures("w.departement", "w.departement", "w.region = :region", region, filter);
    }

    /** The whole programme, region by region: administrators only. */
    public List<AreaFigures> regions(AreaFilter filter) {
        if (!access.scope().everyone()) {
            throw new TrackingException("Only administrators see every region");
        }
        return figures("w.region", "w.region", "TRUE", "", filter);
    }

    private List<AreaFigures> figures(String key, String name, String where, String region, AreaFilter filter) {
        MapSqlParameterSource parameters =
                new MapSqlParameterSource("region", region).addValue("since", FigureColumns.activeSince(clock));
        String conditions = AreaConditions.of(where, filter, parameters, clock);
        return jdbc.query(
                String.format(FIGURES, key, name, conditions, FigureColumns.SELECT),
                parameters,
                (row, n) -> new AreaFigures(
                        row.getString("area_key"), row.getString("area_name"), FigureColumns.read(row)));
    }
}
