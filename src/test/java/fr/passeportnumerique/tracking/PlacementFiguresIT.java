package fr.passeportnumerique.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.quiz.ModulePlacement;
import fr.passeportnumerique.quiz.PlacementLevel;
import fr.passeportnumerique.quiz.PlacementOutcome;
import fr.passeportnumerique.quiz.PlacementResults;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the placement test says of a point's public, for its staff: the distribution per module (each learner's latest
 * finished test), the learners' CSV and the learner's file; and nothing for the staff of another point.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacementFiguresIT {

    private static final String ADMIN = PlacementCohort.ADMIN;
    private static final String LYON_STAFF = "accueil@example.org";
    private static final String LYON_SUPERVISOR = "superviseur@example.org";
    private static final String LATEST_TEST = "t.id = (select max(t2.id) from placement_test t2"
            + " where t2.account_id = t.account_id and t2.finished_at is not null)";

    @Autowired
    ApplicationContext context;

    @Autowired
    PlacementFigures figures;

    @Autowired
    PlacementResults results;

    @Autowired
    LearnersCsv csv;

    @Autowired
    LearnerFile files;

    @Autowired
    JdbcTemplate jdbc;

    PlacementCohort cohort;

    @BeforeAll
    void learnersOfANewPointTakeTheTest() {
        cohort = PlacementCohort.tested(context);
    }

    private <T> T asAdmin(Supplier<T> call) {
        return SignedIn.as(ADMIN, AppRoles.ADMIN, call);
    }

    private PlacementOutcome outcomeOf(SignedInLearner learner) {
        return asAdmin(() -> results.of(cohort.idOf(learner))).orElseThrow();
    }

    @Test
    void the_point_s_distribution_counts_each_learner_s_latest_finished_test_as_a_direct_count_does() {
        PlacementDistribution distribution = asAdmin(() -> figures.point(cohort.point));

        assertThat(distribution.learners()).isEqualTo(4);
        assertThat(distribution.tested()).isEqualTo(3);
        assertThat(distribution.modules())
                .hasSize(20)
                .isSortedAccordingTo(Comparator.comparingInt(ModuleLevels::number))
                .allSatisfy(module -> assertThat(module.placed()).isEqualTo(3));
        Map<String, Long> counted =
                countedBySql("join user_account a on a.id = t.account_id where a.welcome_point_id = ?", cohort.point);
        assertThat(byModuleAndLevel(distribution)).isEqualTo(counted);
        Map<String, Long> fromTheLearnersResults = Stream.of(
                        cohort.knowsEverything, cohort.knowsNothing, cohort.inAHurry)
                .flatMap(learner -> outcomeOf(learner).modules().stream())
                .collect(Collectors.groupingBy(
                        module -> module.moduleSlug() + " " + module.level(), Collectors.counting()));
        assertThat(counted).isEqualTo(fromTheLearnersResults);
        assertThat(distribution.modules().stream()
                        .mapToLong(module -> module.count(PlacementLevel.ACQUIS))
                        .sum())
                .isEqualTo(outcomeOf(cohort.knowsEverything).count(PlacementLevel.ACQUIS)
                        + outcomeOf(cohort.knowsNothing).count(PlacementLevel.ACQUIS)
                        + outcomeOf(cohort.inAHurry).count(PlacementLevel.ACQUIS))
                .isGreaterThan(10);
        assertThat(distribution.modules())
                .allSatisfy(module -> assertThat(
                                module.count(PlacementLevel.A_DECOUVRIR) + module.count(PlacementLevel.A_CONSOLIDER))
                        .as("the learner who answered nothing")
                        .isPositive());
    }

    @Test
    void the_region_s_distribution_counts_the_learners_of_its_points_as_a_direct_count_does() {
        PlacementDistribution distribution = asAdmin(() -> figures.region(cohort.region, AreaFilter.none()));

        Map<String, Long> counted = countedBySql(
                "join user_account a on a.id = t.account_id join welcome_point w on w.id = a.welcome_point_id"
                        + " join user_account_role r on r.account_id = a.id and r.role = 'LEARNER'"
                        + " where w.region = ?",
                cohort.region);
        assertThat(byModuleAndLevel(distribution)).isEqualTo(counted);
        assertThat(distribution.tested()).isGreaterThanOrEqualTo(3);
        assertThat(distribution.learners()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void the_csv_gives_each_learner_s_latest_placement_and_the_modules_it_found_acquired() throws Exception {
        byte[] french = asAdmin(() -> csv.export(cohort.point, Locale.FRENCH));
        byte[] english = asAdmin(() -> csv.export(cohort.point, Locale.ENGLISH));

        List<CSVRecord> records = LearnersCsvIT.records(french);
        assertThat(records.getFirst().toList()).endsWith("Positionnement", "Modules acquis au positionnement");
        assertThat(LearnersCsvIT.records(english).getFirst().toList())
                .endsWith("Placement", "Modules acquired at placement");
        Map<String, CSVRecord> byName = records.subList(1, records.size()).stream()
                .collect(Collectors.toMap(row -> row.get(0), Function.identity()));
        PlacementOutcome expert = outcomeOf(cohort.knowsEverything);
        CSVRecord expertRow = byName.get("savant Exemple");
        assertThat(expertRow.get(8))
                .isEqualTo(DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .withZone(ZoneId.of("Europe/Paris"))
                        .format(expert.finishedAt()));
        assertThat(expertRow.get(9))
                .matches("\\d+(, \\d+)*")
                .isEqualTo(expert.modules().stream()
                        .filter(module -> module.level() == PlacementLevel.ACQUIS)
                        .map(ModulePlacement::moduleNumber)
                        .sorted()
                        .map(String::valueOf)
                        .collect(Collectors.joining(", ")));
        assertThat(byName.get("novice Exemple").get(8)).isNotEmpty();
        assertThat(byName.get("distrait Exemple").toList()).endsWith("", "");
    }

    @Test
    void the_learner_s_file_carries_their_latest_placement() {
        LearnerFile.Detail file =
                asAdmin(() -> files.open(cohort.idOf(cohort.knowsEverything))).orElseThrow();
        LearnerFile.Detail none =
                asAdmin(() -> files.open(cohort.idOf(cohort.notFinished))).orElseThrow();

        assertThat(file.placement()).contains(outcomeOf(cohort.knowsEverything));
        assertThat(none.placement()).isEmpty();
    }

    @Test
    void the_staff_of_another_point_and_the_supervisor_of_another_region_get_nothing() {
        long learner = cohort.idOf(cohort.knowsEverything);

        assertThatThrownBy(() -> SignedIn.as(LYON_STAFF, AppRoles.WELCOME_STAFF, () -> figures.point(cohort.point)))
                .isInstanceOf(TrackingException.class);
        assertThatThrownBy(() ->
                        SignedIn.as(LYON_STAFF, AppRoles.WELCOME_STAFF, () -> csv.export(cohort.point, Locale.FRENCH)))
                .isInstanceOf(TrackingException.class);
        assertThat(SignedIn.as(LYON_STAFF, AppRoles.WELCOME_STAFF, () -> files.open(learner)))
                .isEmpty();
        assertThatThrownBy(() -> SignedIn.as(
                        LYON_STAFF, AppRoles.WELCOME_STAFF, () -> figures.region(cohort.region, AreaFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(
                        LYON_SUPERVISOR,
                        AppRoles.REGIONAL_SUPERVISOR,
                        () -> figures.region(cohort.region, AreaFilter.none())))
                .isInstanceOf(TrackingException.class);
        assertThatThrownBy(() -> SignedIn.as(
                        cohort.knowsEverything.email(), AppRoles.LEARNER, () -> figures.point(cohort.point)))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The latest finished test's levels, counted straight from the quiz's tables: "module LEVEL" → learners. */
    private Map<String, Long> countedBySql(String learnersOfTheArea, Object area) {
        Map<String, Long> counted = new HashMap<>();
        jdbc.query(
                "select p.module_slug, p.level, count(*) from placement_result p join placement_test t"
                        + " on t.id = p.test_id " + learnersOfTheArea + " and " + LATEST_TEST
                        + " group by p.module_slug, p.level",
                row -> {
                    counted.put(row.getString(1) + " " + row.getString(2), row.getLong(3));
                },
                area);
        return counted;
    }

    private static Map<String, Long> byModuleAndLevel(PlacementDistribution distribution) {
        Map<String, Long> counts = new HashMap<>();
        for (ModuleLevels module : distribution.modules()) {
            for (PlacementLevel level : PlacementLevel.values()) {
                if (module.count(level) > 0) {
                    counts.put(module.slug() + " " + level, module.count(level));
                }
            }
        }
        return counts;
    }
}
