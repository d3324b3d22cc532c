package fr.passeportnumerique.tracking;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.territory.Departement;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.bench.BenchReport;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.tracking.internal.CohortGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboards at the programme's scale: 600 welcome points over the 13 metropolitan regions, 200,000 learners with
 * their lessons, attempts, stamps and standings. A point's whole dashboard (figures, learners to remind, first page
 * of the learners with their heat map, module figures) and a region's comparison (per point and per département),
 * measured after a warm-up.
 */
@IntegrationTest
class TrackingBench {

    private static final List<String> METROPOLITAN =
            List.of("11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94");
    private static final int POINTS = 600;
    private static final String ADMIN = "admin@example.org";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    PointDashboard dashboard;

    @Autowired
    Reminders reminders;

    @Autowired
    RegionDashboard regions;

    @Test
    void dashboards_of_a_point_and_of_a_region_with_200000_learners() {
        int learners = Integer.getInteger("bench.learners", 200_000);
        BenchReport report = new BenchReport("tracking");
        long start = System.nanoTime();
        List<CohortGenerator.Point> points = createPoints();
        int perPoint = learners / POINTS;
        int written = generator().generate(points, perPoint, 2026, "bench-");
        written += generator().generate(points.subList(0, learners - perPoint * POINTS), 1, 2027, "bench-extra-");
        jdbc.execute("ANALYZE TABLE user_account, learner_standing, module_progress, lesson_completion, quiz_attempt");
        report.line(
                "Population: %,d learners over %d points in %d regions, written in %.0f s",
                written, POINTS, METROPOLITAN.size(), (System.nanoTime() - start) / 1e9);
        report.line(
                "Rows: %,d lessons done, %,d quiz attempts, %,d module progress rows",
                count("lesson_completion"), count("quiz_attempt"), count("module_progress"));

        Random random = new Random(1);
        List<Long> whole = new ArrayList<>();
        List<Long> figures = new ArrayList<>();
        List<Long> remind = new ArrayList<>();
        List<Long> page = new ArrayList<>();
        for (int round = 0; round < 120; round++) {
            long point = points.get(random.nextInt(points.size())).id();
            long begin = System.nanoTime();
            long t1 = time(() -> dashboard.figures(point));
            long t2 = time(() -> reminders.toRemind(point));
            long t3 = time(() -> {
                List<LearnerRow> rows = dashboard.learners(point, LearnerQuery.all(), 0, 50);
                dashboard.countLearners(point, LearnerQuery.all());
                return dashboard.heatMap(
                        point, rows.stream().map(LearnerRow::id).toList());
            });
            time(() -> dashboard.modules(point));
            if (round >= 20) {
                whole.add(System.nanoTime() - begin);
                figures.add(t1);
                remind.add(t2);
                page.add(t3);
            }
        }
        List<Long> region = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (String code : METROPOLITAN) {
                long t = time(() -> {
                    regions.points(code, AreaFilter.none());
                    return regions.departements(code, AreaFilter.none());
                });
                if (round > 0) {
                    region.add(t);
                }
            }
        }
        List<Long> national = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            long t = time(() -> regions.regions(AreaFilter.none()));
            if (round > 0) {
                national.add(t);
            }
        }
        report.line("| dashboard | samples | p50 | p95 | max |").line("|---|---|---|---|---|");
        line(report, "a point, whole page (figures, to remind, learners + heat map, modules)", whole);
        line(report, "a point, key figures", figures);
        line(report, "a point, learners to remind", remind);
        line(report, "a point, first 50 learners with count and heat map", page);
        line(report, "a region, per point and per département", region);
        line(report, "national, per region", national);
        report.save();
    }

    private List<CohortGenerator.Point> createPoints() {
        List<Departement> departements = Territories.departements().stream()
                .filter(departement -> METROPOLITAN.contains(departement.regionCode()))
                .toList();
        String[] types = {"CCI", "POST_OFFICE", "MANAGEMENT_CENTRE", "REGIONAL_POINT"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            Departement departement = departements.get(i % departements.size());
            rows.add(new Object[] {
                types[i % types.length],
                "Point de mesure " + i,
                i + " rue de l’Exemple",
                departement.code().replaceAll("[AB]", "0") + "000",
                "Ville " + departement.name(),
                departement.code(),
                departement.regionCode(),
                "Du lundi au vendredi",
                "01 99 00 00 00",
                "mesure-" + i + "@example.org"
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO welcome_point (type, name, address, postcode, town, departement, region, opening_hours,"
                        + " phone, email) VALUES (?, ?, ?, LEFT(?, 5), ?, ?, ?, ?, ?, ?)",
                rows);
        return jdbc.query(
                "SELECT id, departement FROM welcome_point WHERE name LIKE 'Point de mesure %' ORDER BY id",
                (row, n) -> new CohortGenerator.Point(row.getLong(1), row.getString(2)));
    }

    private CohortGenerator generator() {
        return new CohortGenerator(jdbc, CohortGenerator.modulesOf(curriculum), "{noop}bench", Instant.now());
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static long time(Supplier<?> call) {
        long start = System.nanoTime();
        SignedIn.as(ADMIN, AppRoles.ADMIN, call);
        return System.nanoTime() - start;
    }

    private static void line(BenchReport report, String what, List<Long> samples) {
        long[] sorted = BenchReport.sorted(samples);
        report.line(
                "| %s | %d | %.1f ms | %.1f ms | %.1f ms |",
                what,
                sorted.length,
                BenchReport.percentile(sorted, 0.5) / 1e6,
                BenchReport.percentile(sorted, 0.95) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
