package fr.passeportnumerique.tracking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * An area's condition with a filter's, as SQL over learners ({@code a}), their welcome points ({@code w}) and their
 * companies ({@code c}); the filter's values are added to the parameters.
 */
final class AreaConditions {

    private AreaConditions() {}

    static String of(String where, AreaFilter filter, MapSqlParameterSource parameters, Clock clock) {
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
        return conditions.toString();
    }
}
