package fr.passeportnumerique.handoff;

import fr.passeportnumerique.account.Sector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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

    ExpertRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every expert, with the clients they accepted since the start of the month. */
    List<ExpertCard> all(java.time.Instant monthStart) {
        Map<Long, Integer> taken = new HashMap<>();
        jdbc.query(
                "select expert_id, count(*) from handoff_request where accepted_at >= ? group by expert_id",
                row -> {
                    taken.put(row.getLong(1), row.getInt(2));
                },
                java.sql.Timestamp.from(monthStart));
        Map<Long, Set<String>> departements = new HashMap<>();
        jdbc.query("select expert_id, departement_code from expert_departement", row -> {
            departements.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(row.getString(2));
        });
        Map<Long, Set<Integer>> skills = new HashMap<>();
        jdbc.query("select expert_id, module_number from expert_skill", row -> {
            skills.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(row.getInt(2));
        });
        Map<Long, Map<Sector, Integer>> sectors = new HashMap<>();
        jdbc.query("select expert_id, sector, clients from expert_sector", row -> {
            sectors.computeIfAbsent(row.getLong(1), id -> new EnumMap<>(Sector.class))
                    .put(Sector.valueOf(row.getString(2)), row.getInt(3));
        });
        List<ExpertCard> cards = new ArrayList<>();
        jdbc.query(
                "select id, company_name, remote, capacity_per_month, accredited_from, accredited_until, suspended,"
                        + " town, postcode, languages from expert order by company_name, id",
                row -> {
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
                    cards.add(new ExpertCard(
                            candidate,
                            row.getString("town"),
                            row.getString("postcode"),
                            new HashSet<>(
                                    Arrays.asList(row.getString("languages").split(",")))));
                });
        return cards;
    }

    /** Published packs as matching reads them, in two queries. */
    List<PackCandidate> packs() {
        Map<Long, Set<Integer>> modules = new HashMap<>();
        jdbc.query("select pack_id, module_number from pack_module", row -> {
            modules.computeIfAbsent(row.getLong(1), id -> new TreeSet<>()).add(row.getInt(2));
        });
        return jdbc.query(
                "select id, expert_id, title, min_employees, max_employees, lease_available, loan_available"
                        + " from pack_offer where published = true order by id",
                (row, index) -> {
                    Set<FinancingPath> financing = java.util.EnumSet.noneOf(FinancingPath.class);
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
