package fr.passeportnumerique.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.account.Sector;
import fr.passeportnumerique.base.territory.Departement;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.bench.BenchReport;
import fr.passeportnumerique.directory.ExpertCandidate;
import fr.passeportnumerique.directory.PackCandidate;
import fr.passeportnumerique.financing.FinancingPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long matching takes over the full generated directory, as a graduate's page asks for it: reading every expert
 * and pack from MariaDB, then scoring and ranking. The workload is one graduate per département with random
 * priorities, needs, sectors and sizes, measured after a warm-up round.
 */
@IntegrationTest
class MatchingBench {

    private static final int ROUNDS = 5;

    @Autowired
    HandoffService handoff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void matching_over_the_whole_directory() {
        List<MatchNeeds> graduates = graduates();
        int experts = jdbc.queryForObject("select count(*) from expert", Integer.class);
        int packs = jdbc.queryForObject("select count(*) from pack_offer", Integer.class);
        List<Long> whole = new ArrayList<>();
        List<Long> scoringOnly = new ArrayList<>();
        ExpertScoring scoring = new ExpertScoring();
        for (int round = 0; round <= ROUNDS; round++) {
            for (MatchNeeds needs : graduates) {
                long start = System.nanoTime();
                MatchResult result = handoff.match(needs);
                long afterRead = System.nanoTime();
                assertThat(result.experts()).isNotEmpty();
                if (round > 0) {
                    whole.add(afterRead - start);
                }
            }
        }
        List<ExpertCandidate> candidates = handoff.candidates();
        List<PackCandidate> offers = handoff.packCandidates();
        for (int round = 0; round <= ROUNDS; round++) {
            for (MatchNeeds needs : graduates) {
                long start = System.nanoTime();
                scoring.rank(needs, candidates, offers, LocalDate.now());
                if (round > 0) {
                    scoringOnly.add(System.nanoTime() - start);
                }
            }
        }
        long[] wholeSorted = BenchReport.sorted(whole);
        long[] scoringSorted = BenchReport.sorted(scoringOnly);
        new BenchReport("matching")
                .line(
                        "Directory: %d experts, %d packs; %d graduates (one per département), %d rounds after a warm-up",
                        experts, packs, graduates.size(), ROUNDS)
                .line("| step | p50 | p95 | p99 | max |")
                .line("|---|---|---|---|---|")
                .line(
                        "| read from MariaDB + score + rank | %.2f ms | %.2f ms | %.2f ms | %.2f ms |",
                        ms(wholeSorted, 0.5), ms(wholeSorted, 0.95), ms(wholeSorted, 0.99), ms(wholeSorted, 1.0))
                .line(
                        "| score + rank only | %.3f ms | %.3f ms | %.3f ms | %.3f ms |",
                        ms(scoringSorted, 0.5),
                        ms(scoringSorted, 0.95),
                        ms(scoringSorted, 0.99),
                        ms(scoringSorted, 1.0))
                .save();
    }

    private static List<MatchNeeds> graduates() {
        Random random = new Random(7);
        List<MatchNeeds> graduates = new ArrayList<>();
        for (Departement departement : Territories.departements()) {
            List<Integer> priorities = new ArrayList<>();
            while (priorities.size() < 1 + random.nextInt(5)) {
                int module = 1 + random.nextInt(20);
                if (!priorities.contains(module)) {
                    priorities.add(module);
                }
            }
            graduates.add(new MatchNeeds(
                    departement.code(),
                    Sector.values()[random.nextInt(Sector.values().length)],
                    random.nextInt(20),
                    random.nextBoolean() ? FinancingPath.CREDIT_CLASSIQUE : FinancingPath.LOCATION_EVOLUTIVE,
                    priorities,
                    List.of(1 + random.nextInt(20), 1 + random.nextInt(20), 1 + random.nextInt(20))));
        }
        return graduates;
    }

    private static double ms(long[] sorted, double share) {
        return BenchReport.percentile(sorted, share) / 1e6;
    }
}
