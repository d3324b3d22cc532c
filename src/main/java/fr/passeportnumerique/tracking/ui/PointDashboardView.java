package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.tracking.LearnersCsv;
import fr.passeportnumerique.tracking.PlacementFigures;
import fr.passeportnumerique.tracking.PointChoice;
import fr.passeportnumerique.tracking.PointDashboard;
import fr.passeportnumerique.tracking.PointSummaryPdf;
import fr.passeportnumerique.tracking.Reminders;
import fr.passeportnumerique.tracking.TrackingException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A welcome point's dashboard: key figures, learners to remind, the learners with a heat map of the 20 modules,
 * each module's completion, and what the placement test found of the point's public. Staff see their point;
 * supervisors and administrators choose among theirs ({@code ?point=}).
 */
@Route(value = PointDashboardView.PATH, layout = MainLayout.class)
@Menu(order = 3.9, title = "layout.nav.dashboard")
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
class PointDashboardView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "accueil/tableau-de-bord";

    private final PointDashboard dashboard;
    private final Reminders reminders;
    private final LearnersCsv csv;
    private final PointSummaryPdf pdf;
    private final CurriculumService curriculum;
    private final PlacementFigures placements;

    PointDashboardView(
            PointDashboard dashboard,
            Reminders reminders,
            LearnersCsv csv,
            PointSummaryPdf pdf,
            CurriculumService curriculum,
            PlacementFigures placements) {
        this.dashboard = dashboard;
        this.reminders = reminders;
        this.csv = csv;
        this.pdf = pdf;
        this.curriculum = curriculum;
        this.placements = placements;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> asked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("point")
                .flatMap(PointDashboardView::number);
        getContent().removeAll();
        getContent().addClassName("pn-dashboard");
        H1 title = new H1(getTranslation("tracking.title"));
        title.addClassName("pn-title");
        getContent().add(title);
        long point;
        try {
            point = dashboard.point(asked);
        } catch (TrackingException none) {
            getContent().add(choosePoint(Optional.empty()), empty());
            return;
        }
        PointChoice shown = dashboard.describe(point);
        List<ModuleSummary> modules = curriculum.modules();
        Map<String, String> titles =
                modules.stream().collect(Collectors.toMap(ModuleSummary::slug, ModuleSummary::title));
        getContent()
                .add(
                        choosePoint(Optional.of(shown)),
                        new FiguresPanel(dashboard.figures(point), getLocale()),
                        new PointExports(csv, pdf, shown),
                        new RemindersPanel(reminders, point, getLocale(), titles),
                        new TrendChart(dashboard.weekly(point, 12), getLocale()),
                        new LearnersPanel(dashboard, point, modules, getLocale()),
                        new ModulesPanel(dashboard.modules(point), dashboard.mostMissed(point, 8)),
                        new PlacementDistributionPanel(placements.point(point), PlacementDistributionPanel.Area.POINT));
    }

    private Div choosePoint(Optional<PointChoice> shown) {
        List<PointChoice> points = dashboard.points();
        Div header = new Div();
        header.addClassName("pn-dashboard-header");
        if (points.size() <= 1) {
            shown.ifPresent(point -> header.add(new Paragraph(point.name() + " · " + point.town())));
            return header;
        }
        ComboBox<PointChoice> choice = new ComboBox<>(getTranslation("tracking.point"));
        choice.setItems(points);
        choice.setItemLabelGenerator(point -> point.name() + " · " + point.town());
        shown.ifPresent(choice::setValue);
        choice.setWidth("min(32rem, 100%)");
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        PATH,
                        QueryParameters.of(
                                "point", String.valueOf(change.getValue().id()))));
            }
        });
        header.add(choice);
        return header;
    }

    private Div empty() {
        Div empty = new Div(new Paragraph(getTranslation("tracking.no-point")));
        empty.addClassName("pn-empty");
        return empty;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("tracking.title"));
    }
}
