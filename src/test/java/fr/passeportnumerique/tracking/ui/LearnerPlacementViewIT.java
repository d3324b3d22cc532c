package fr.passeportnumerique.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.quiz.ModulePlacement;
import fr.passeportnumerique.quiz.PlacementLevel;
import fr.passeportnumerique.quiz.PlacementOutcome;
import fr.passeportnumerique.quiz.PlacementResults;
import fr.passeportnumerique.quiz.RightAnswers;
import fr.passeportnumerique.tracking.PlacementCohort;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The placement as welcome point staff see it, without a browser: in a learner's file and on the dashboards. */
class LearnerPlacementViewIT extends ViewTestSupport {

    private static final String STAFF = "accueil@example.org";

    @Autowired
    ApplicationContext context;

    @Autowired
    PlacementResults results;

    @Autowired
    JdbcTemplate jdbc;

    private long lyon() {
        return jdbc.queryForObject("select welcome_point_id from user_account where email = ?", Long.class, STAFF);
    }

    /** A new learner of Lyon's point who knows everything and took the test. */
    private long aLearnerWhoTookTheTest() {
        SignedInLearner learner = SignedInLearner.registerAt(context, "positionne", lyon());
        learner.takesPlacementTest(RightAnswers::of);
        return TestLearners.accountId(jdbc, learner.email());
    }

    @Test
    void a_learners_file_shows_their_latest_placement_module_by_module() {
        long learner = aLearnerWhoTookTheTest();
        PlacementOutcome outcome = SignedIn.as(STAFF, AppRoles.WELCOME_STAFF, () -> results.of(learner))
                .orElseThrow();
        signInAs(STAFF, AppRoles.WELCOME_STAFF);

        navigate("accueil/tableau-de-bord/apprenant/" + learner);

        Div section = _get(Div.class, spec -> spec.withClasses("pn-learner-placement"));
        assertThat(_get(section, H2.class).getText()).isEqualTo("Positionnement");
        NativeTable table = _get(section, NativeTable.class);
        assertThat(table.getCaptionText()).isEqualTo("Niveau trouvé et parcours retenu, module par module");
        assertThat(headers(table)).containsExactly("Module", "Niveau", "Réponses", "Parcours");
        List<NativeTableRow> rows = table.getBody().getRows();
        assertThat(rows).hasSize(outcome.modules().size());
        ModulePlacement mastered = outcome.modules().stream()
                .filter(module -> module.level() == PlacementLevel.ACQUIS)
                .findFirst()
                .orElseThrow();
        NativeTableRow row = rows.get(outcome.modules().indexOf(mastered));
        assertThat(text(row.getHeaderCells().getFirst()))
                .isEqualTo(mastered.moduleNumber() + ". " + mastered.moduleTitle());
        assertThat(row.getHeaderCells().getFirst().getElement().getAttribute("scope"))
                .isEqualTo("row");
        assertThat(row.getDataCells())
                .extracting(LearnerPlacementViewIT::text)
                .containsExactly(
                        "Acquis",
                        mastered.questions()
                                + (mastered.questions() == 1 ? " question, " : " questions, ")
                                + switch (mastered.correct()) {
                                    case 0 -> "aucune bonne réponse";
                                    case 1 -> "1 bonne réponse";
                                    default -> mastered.correct() + " bonnes réponses";
                                },
                        "« Passe ce module » proposé par le test");
    }

    @Test
    void a_learner_without_placement_has_a_file_saying_where_the_test_is() {
        signInAs(STAFF, AppRoles.WELCOME_STAFF);
        long marc = jdbc.queryForObject("select id from user_account where full_name = 'Marc Plombier'", Long.class);

        navigate("accueil/tableau-de-bord/apprenant/" + marc);

        Div section = _get(Div.class, spec -> spec.withClasses("pn-learner-placement"));
        assertThat(_find(section, NativeTable.class)).isEmpty();
        assertThat(text(_get(section, Paragraph.class)))
                .isEqualTo(
                        "Pas encore de positionnement : le test « Faire le point » se trouve dans « Mon parcours ».");
    }

    @Test
    void the_dashboard_shows_which_modules_the_points_public_masters_in_a_captioned_table() {
        aLearnerWhoTookTheTest();
        signInAs(STAFF, AppRoles.WELCOME_STAFF);

        navigate("accueil/tableau-de-bord");

        Div panel = _get(Div.class, spec -> spec.withClasses("pn-placement-figures"));
        assertThat(_get(panel, H2.class).getText()).isEqualTo("Positionnement");
        NativeTable table = _get(panel, NativeTable.class);
        assertThat(table.getCaptionText()).startsWith("Niveau trouvé par le positionnement, module par module");
        assertThat(headers(table)).containsExactly("Module", "Acquis", "À consolider", "À découvrir");
        assertThat(table.getHead().getRows().getFirst().getHeaderCells())
                .allSatisfy(cell ->
                        assertThat(cell.getElement().getAttribute("scope")).isEqualTo("col"));
        List<NativeTableRow> rows = table.getBody().getRows();
        assertThat(rows).hasSize(20);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(text(rows.get(i).getHeaderCells().getFirst())).startsWith((i + 1) + ". ");
            assertThat(rows.get(i).getDataCells())
                    .extracting(LearnerPlacementViewIT::text)
                    .allSatisfy(share -> assertThat(share).matches("\\d{1,3} % \\(\\d+ apprenants?\\)"));
        }
    }

    @Test
    void a_point_whose_learners_have_not_taken_the_test_says_so() {
        long point = PlacementCohort.newPoint(context);
        signInAs(PlacementCohort.ADMIN, AppRoles.ADMIN);

        UI.getCurrent().navigate("accueil/tableau-de-bord", QueryParameters.of("point", String.valueOf(point)));

        Div panel = _get(Div.class, spec -> spec.withClasses("pn-placement-figures"));
        assertThat(_find(panel, NativeTable.class)).isEmpty();
        assertThat(text(_get(panel, Paragraph.class)))
                .startsWith("Aucun apprenant du point n’a encore passé le test « Faire le point ».");
    }

    @Test
    void a_supervisor_sees_the_placement_of_their_regions_public() {
        aLearnerWhoTookTheTest();
        signInAs("superviseur@example.org", AppRoles.REGIONAL_SUPERVISOR);

        navigate("accueil/region");

        Div panel = _get(Div.class, spec -> spec.withClasses("pn-placement-figures"));
        assertThat(_get(panel, H2.class).getText()).isEqualTo("Positionnement");
        assertThat(headers(_get(panel, NativeTable.class))).contains("Acquis");
    }

    private static List<String> headers(NativeTable table) {
        return table.getHead().getRows().getFirst().getHeaderCells().stream()
                .map(LearnerPlacementViewIT::text)
                .toList();
    }

    /** What a reader sees in the component, non-breaking spaces read as spaces. */
    private static String text(Component component) {
        return component.getElement().getTextRecursively().replace('\u00a0', ' ');
    }
}
