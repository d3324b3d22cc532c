package fr.passeportnumerique.tracking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.tracking.AreaFigures;
import org.junit.jupiter.api.Test;

/** The regional follow-up as a supervisor and as an administrator see it, without a browser. */
class RegionDashboardViewIT extends ViewTestSupport {

    @Test
    void a_supervisor_compares_the_points_and_departements_of_their_region() {
        signInAs("superviseur@example.org", AppRoles.REGIONAL_SUPERVISOR);

        navigate("accueil/region");

        assertThat(_get(H1.class).getText()).isEqualTo("Suivi régional");
        assertThat(_find(H2.class))
                .extracting(H2::getText)
                .contains("Points d’accueil · Auvergne-Rhône-Alpes", "Par département");
        @SuppressWarnings("unchecked")
        Grid<AreaFigures> points = _find(Grid.class).getFirst();
        assertThat(points.getGenericDataView().getItems())
                .anySatisfy(area -> assertThat(area.name()).contains("Lyon"));
    }

    @Test
    void a_supervisor_cannot_open_another_region() {
        signInAs("superviseur@example.org", AppRoles.REGIONAL_SUPERVISOR);

        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("accueil/region", com.vaadin.flow.router.QueryParameters.of("region", "53"));

        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void an_administrator_sees_the_programme_region_by_region() {
        signInAs("admin@example.org", AppRoles.ADMIN);

        navigate("accueil/region");

        assertThat(_find(H2.class)).extracting(H2::getText).contains("Le programme, région par région");
        assertThat(_find(Grid.class)).hasSize(1);
    }
}
