package fr.passeportnumerique.tracking;

import fr.passeportnumerique.tracking.internal.TrackedTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** A welcome point's learners matching a search, counted and read a page at a time, for the dashboard. */
final class PointLearners {

    static final String LEARNERS_OF_POINT = TrackedTables.sql("""
            FROM {user_account} a
            JOIN {user_account_role} r ON r.account_id = a.id AND r.role = 'LEARNER'
            LEFT JOIN learner_standing s ON s.account_id = a.id
            LEFT JOIN {company} c ON c.id = a.company_id
            WHERE a.welcome_point_id = :point
            """);

    private final NamedParameterJdbcTemplate jdbc;

    PointLearners(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long count(long point, LearnerQuery query) {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) " + LEARNERS_OF_POINT + matching(query), parameters(point, query), Long.class);
        return count == null ? 0 : count;
    }

    List<LearnerRow> page(long point, LearnerQuery query, int offset, int limit, int modules) {
        String order = query.sort().column + (query.descending() ? " DESC" : " ASC") + ", a.id";
        return jdbc.query(
                """
                SELECT a.id, a.full_name, c.name AS company, c.sector, c.employees, s.last_activity_at,
                       COALESCE(s.modules_done, 0) AS modules_done, s.graduated_at
                """ + LEARNERS_OF_POINT + matching(query) + " ORDER BY " + order + " LIMIT :limit OFFSET :offset",
                parameters(point, query).addValue("limit", limit).addValue("offset", offset),
                (row, n) -> learner(row, modules));
    }

    private static String matching(LearnerQuery query) {
        StringBuilder where = new StringBuilder();
        if (!query.words().isBlank()) {
            where.append(" AND (a.full_name LIKE :words OR c.name LIKE :words)");
        }
        query.sector().ifPresent(sector -> where.append(" AND c.sector = :sector"));
        query.graduated()
                .ifPresent(graduated ->
                        where.append(graduated ? " AND s.graduated_at IS NOT NULL" : " AND s.graduated_at IS NULL"));
        return where.toString();
    }

    private static MapSqlParameterSource parameters(long point, LearnerQuery query) {
        String words = "%"
                + query.words()
                        .strip()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        return new MapSqlParameterSource("point", point)
                .addValue("words", words)
                .addValue("sector", query.sector().orElse(""));
    }

    private static LearnerRow learner(ResultSet row, int modules) throws SQLException {
        Timestamp last = row.getTimestamp("last_activity_at");
        return new LearnerRow(
                row.getLong("id"),
                row.getString("full_name"),
                Optional.ofNullable(row.getString("company")).orElse(""),
                Optional.ofNullable(row.getString("sector")).orElse(""),
                row.getInt("employees"),
                Optional.ofNullable(last).map(Timestamp::toInstant),
                row.getInt("modules_done"),
                modules,
                row.getTimestamp("graduated_at") != null);
    }
}
