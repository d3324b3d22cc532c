package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.territory.Region;
import fr.passeportnumerique.base.territory.Territories;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.tracking.AreaFilter;
import fr.passeportnumerique.tracking.PlacementFigures;
import fr.passeportnumerique.tracking.RegionDashboard;
import fr.passeportnumerique.tracking.TrackingException;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * A region's welcome points and départements side by side, and what the placement test found of their public, for
 * its supervisor; administrators also see the programme region by region and choose the region to open
 * ({@code ?region=}).
 */
@Route(value = RegionDashboardView.PATH, layout = MainLayout.class)
@Menu(order = 3.95, title = "layout.nav.region")
@RolesAllowed({AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
class RegionDashboardView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "accueil/region";

    private final RegionDashboard regions;
    private final PlacementFigures placements;

    RegionDashboardView(RegionDashboard regions, PlacementFigures placements) {
        this.regions = regions;
        this.placements = placements;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().removeAll();
        getContent().addClassName("pn-dashboard");
        H1 title = new H1(getTranslation("tracking.region.title"));
        title.addClassName("pn-title");
        getContent().add(title);
        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter("region");
        boolean national = regions.national();
        Optional<String> region = asked.or(regions::myRegion);
        Div figures = new Div();
        AreaFilterBar filters = new AreaFilterBar(filter -> show(figures, national, region, filter));
        getContent().add(filters, figures);
        show(figures, national, region, filters.filter());
    }

    private void show(Div figures, boolean national, Optional<String> region, AreaFilter filter) {
        figures.removeAll();
        if (national) {
            figures.add(nationalPanel(filter));
        }
        if (region.isEmpty()) {
            figures.add(new Paragraph(getTranslation(national ? "tracking.region.choose" : "tracking.region.none")));
            return;
        }
        try {
            figures.add(
                    regionPanel(region.get(), filter),
                    new PlacementDistributionPanel(
                            placements.region(region.get(), filter), PlacementDistributionPanel.Area.REGION));
        } catch (TrackingException outside) {
            figures.add(new Paragraph(getTranslation("tracking.region.outside")));
        }
    }

    private Div nationalPanel(AreaFilter filter) {
        Select<Region> choice = new Select<>();
        choice.setLabel(getTranslation("tracking.region.open"));
        choice.setItems(Territories.regions());
        choice.setItemLabelGenerator(Region::name);
        choice.addValueChangeListener(change -> getUI().ifPresent(ui ->
                ui.navigate(PATH, QueryParameters.of("region", change.getValue().code()))));
        Div panel = new Div(
                new H2(getTranslation("tracking.region.national")),
                choice,
                AreaGrid.of(
                        this,
                        "tracking.region.region",
                        regions.regions(filter),
                        area -> new Span(regionName(area.key())),
                        getLocale()));
        panel.addClassNames("pn-panel");
        return panel;
    }

    private Div regionPanel(String region, AreaFilter filter) {
        Div panel = new Div(
                new H2(getTranslation("tracking.region.points", regionName(region))),
                AreaGrid.of(
                        this,
                        "tracking.point",
                        regions.points(region, filter),
                        area -> new Anchor(PointDashboardView.PATH + "?point=" + area.key(), area.name()),
                        getLocale()),
                section(getTranslation("tracking.region.departements")),
                AreaGrid.of(
                        this,
                        "tracking.region.departement",
                        regions.departements(region, filter),
                        area -> new Span(Territories.departement(area.key())
                                .map(departement -> departement.label())
                                .orElse(area.key())),
                        getLocale()));
        panel.addClassName("pn-panel");
        return panel;
    }

    private static H2 section(String text) {
        H2 heading = new H2(text);
        heading.addClassName("pn-authoring-section");
        return heading;
    }

    private static String regionName(String code) {
        return Territories.region(code).map(Region::name).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("tracking.region.title"));
    }
}
