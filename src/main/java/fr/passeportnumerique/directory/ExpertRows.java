package fr.passeportnumerique.directory;

import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.financing.FinancingPath;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads every expert with their départements, skills and sectors, and every published pack, for the directory and
 * for matching: a few hundred rows, cheaper read flat in a few queries than entity by entity.
 */
@Component
class ExpertRows {

    private final JdbcTemplate jdbc;
    private final ExpertWorkload workload;

    ExpertRows(JdbcTemplate jdbc, ExpertWorkload workload) {
        this.jdbc = jdbc;
        this.workload = workload;
    }

    /** Every expert, with the clients they accepted since the start of the month. */
    List<ExpertCard> all(Instant monthStart) {
        Map<Long, Integer> taken = workload.acceptedSince(monthStart);
        Map<Long, Set<String>> departements =
                grouped("select expert_id, departement_code from expert_departement", row -> row.getString(2));
        Map<Long, Set<Integer>> skills =
                grouped("select expert_id, module_number from expert_skill", row -> row.getInt(2));
        Map<Long, Map<Sector, Integer>> sectors = sectors();
        return jdbc.query(
                "select id, company_name, remote, capacity_per_month, accredited_from, accredited_until, suspended,"
                        + " town, postcode, languages from expert order by company_name, id",
                (row, index) -> {
                    long id = row.getLong("id");
                    ExpertCandidate candidate = new ExpertCandidate(
                            id,
                            row.getString("company_name"),
                            departements.getOrDefault(id, Set.of()),
                            row.getBoolean("remote"),
                            skills.getOrDefault(id, Set.of()),
                            sectors.getOrDefault(id, Map.of()),
                            row.getInt("capacity_per_month"),
                            taken.getOrDefault(id, 0),
                            row.getDate("accredited_from").toLocalDate(),
                            row.getDate("accredited_until").toLocalDate(),
                            row.getBoolean("suspended"));
                    return new ExpertCard(
                            candidate,
                            row.getString("town"),
                            row.getString("postcode"),
                            new HashSet<>(
                                    Arrays.asList(row.getString("languages").split(","))));
                });
    }

    private Map<Long, Map<Sector, Integer>> sectors() {
        Map<Long, Map<Sector, Integer>> sectors = new HashMap<>();
        jdbc.query("select expert_id, sector, clients from expert_sector", row -> {
            sectors.computeIfAbsent(row.getLong(1), id -> new EnumMap<>(Sector.class))
                    .put(Sector.valueOf(row.getString(2)), row.getInt(3));
        });
        return sectors;
    }

    /** A query of (owner id, value) rows as each owner's sorted set of values. */
    private <T> Map<Long, Set<T>> grouped(String sql, RowValue<T> value) {
        Map<Long, Set<T>> grouped = new HashMap<>();
        jdbc.query(sql, row -> {
            grouped.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(value.of(row));
        });
        return grouped;
    }

    private interface RowValue<T> {
        T of(ResultSet row) throws SQLException;
    }

    /** Published packs as matching reads them, in two queries. */
    List<PackCandidate> packs() {
        Map<Long, Set<Integer>> modules =
                grouped("select pack_id, module_number from pack_module", row -> row.getInt(2));
        return jdbc.query(
                "select id, expert_id, title, min_employees, max_employees, lease_available, loan_available"
                        + " from pack_offer where published = true order by id",
                (row, index) -> {
                    Set<FinancingPath> financing = EnumSet.noneOf(FinancingPath.class);
                    if (row.getBoolean("lease_available")) {
                        financing.add(FinancingPath.LOCATION_EVOLUTIVE);
                    }
                    if (row.getBoolean("loan_available")) {
                        financing.add(FinancingPath.CREDIT_CLASSIQUE);
                    }
                    long id = row.getLong("id");
                    return new PackCandidate(
                            id,
                            row.getLong("expert_id"),
                            row.getString("title"),
                            modules.getOrDefault(id, Set.of()),
                            row.getInt("min_employees"),
                            row.getInt("max_employees"),
                            financing);
                });
    }
}
