package fr.passeportnumerique.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.tracking.internal.CohortGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On a generated population: the figures the dashboards read (standings) equal those counted again from the progress
 * rows, for each learner, each point and each region.
 */
@IntegrationTest
class GeneratedCohortIT {

    private static final String STANDINGS = "select s.account_id, s.lessons_done, s.modules_done, s.quiz_failures,"
            + " s.last_activity_at, s.graduated_at from learner_standing s join user_account a on a.id = s.account_id"
            + " where a.email like 'cohorte-test-%' order by s.account_id";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    StandingRebuild rebuild;

    @Autowired
    PointDashboard dashboard;

    @Autowired
    RegionDashboard regions;

    @Test
    void standings_written_with_the_population_equal_those_counted_from_its_progress_rows() {
        List<CohortGenerator.Point> points = jdbc.query(
                "select id, departement from welcome_point order by id limit 3",
                (row, n) -> new CohortGenerator.Point(row.getLong(1), row.getString(2)));
        List<CohortGenerator.Module> modules = modules();
        assertThat(modules).hasSize(20);
        int written =
                new CohortGenerator(jdbc, modules, "{noop}x", Instant.now()).generate(points, 40, 7, "cohorte-test-");
        assertThat(written).isEqualTo(120);
        afterGeneration(points);
    }

    private List<CohortGenerator.Module> modules() {
        return CohortGenerator.modulesOf(curriculum);
    }

    private void afterGeneration(List<CohortGenerator.Point> points) {
        List<Map<String, Object>> generated = jdbc.queryForList(STANDINGS);
        PointFigures before = SignedIn.as(
                "admin@example.org",
                AppRoles.ADMIN,
                () -> dashboard.figures(points.get(0).id()));
        List<AreaFigures> regionsBefore =
                SignedIn.as("admin@example.org", AppRoles.ADMIN, () -> regions.regions(AreaFilter.none()));

        rebuild.rebuild();

        assertThat(jdbc.queryForList(STANDINGS)).isEqualTo(generated);
        assertThat(generated).hasSize(120);
        assertThat(generated)
                .anySatisfy(
                        row -> assertThat((Integer) row.get("quiz_failures")).isPositive());
        assertThat(SignedIn.as(
                        "admin@example.org",
                        AppRoles.ADMIN,
                        () -> dashboard.figures(points.get(0).id())))
                .isEqualTo(before);
        assertThat(SignedIn.as("admin@example.org", AppRoles.ADMIN, () -> regions.regions(AreaFilter.none())))
                .isEqualTo(regionsBefore);
        Long stamped = jdbc.queryForObject(
                "select count(*) from module_progress p join user_account a on a.id = p.account_id"
                        + " where a.welcome_point_id = ? and p.stamped_at is not null",
                Long.class,
                points.get(0).id());
        assertThat(before.modulesCompleted()).isEqualTo(stamped);
    }

    @Test
    void the_regional_filters_count_only_the_learners_they_describe() {
        String region = jdbc.queryForObject(
                "select region from welcome_point where id = (select welcome_point_id from user_account"
                        + " where email = 'accueil@example.org')",
                String.class);
        List<CohortGenerator.Point> lyon = jdbc.query(
                "select w.id, w.departement from welcome_point w join user_account a on a.welcome_point_id = w.id"
                        + " where a.email = 'accueil@example.org'",
                (row, n) -> new CohortGenerator.Point(row.getLong(1), row.getString(2)));
        new CohortGenerator(jdbc, modules(), "{noop}x", Instant.now()).generate(lyon, 120, 11, "cohorte-filtre-");
        AreaFilter builders = new AreaFilter(
                Optional.of(365), Optional.empty(), Optional.of("F"), Optional.of(AreaFilter.SizeBand.THREE_TO_FIVE));

        long filtered =
                SignedIn.as("admin@example.org", AppRoles.ADMIN, () -> regions.points(region, builders)).stream()
                        .mapToLong(area -> area.figures().enrolled())
                        .sum();

        Long counted = jdbc.queryForObject(
                "select count(*) from user_account a join welcome_point w on w.id = a.welcome_point_id"
                        + " join user_account_role r on r.account_id = a.id and r.role = 'LEARNER'"
                        + " join company c on c.id = a.company_id where w.region = ? and c.sector = 'F'"
                        + " and c.employees between 3 and 5 and a.created_at >= now(6) - interval 365 day",
                Long.class,
                region);
        assertThat(counted).isPositive();
        assertThat(filtered).isEqualTo(counted);
        long all =
                SignedIn.as("admin@example.org", AppRoles.ADMIN, () -> regions.points(region, AreaFilter.none()))
                        .stream()
                        .mapToLong(area -> area.figures().enrolled())
                        .sum();
        assertThat(all).isGreaterThanOrEqualTo(filtered);
    }
}
