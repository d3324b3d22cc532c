package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.tracking.CellState;
import fr.passeportnumerique.tracking.LearnerFile;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One learner's progress, placement, quiz attempts, hand-off requests and contacts, read-only for their welcome point.
 */
@Route(value = PointDashboardView.PATH + "/apprenant/:id", layout = MainLayout.class)
@RolesAllowed({AppRoles.WELCOME_STAFF, AppRoles.REGIONAL_SUPERVISOR, AppRoles.ADMIN})
class LearnerFileView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final LearnerFile files;
    private final CurriculumService curriculum;
    private String pageTitle = "";

    LearnerFileView(LearnerFile files, CurriculumService curriculum) {
        this.files = files;
        this.curriculum = curriculum;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<LearnerFile.Detail> detail = event.getRouteParameters()
                .get("id")
                .filter(id -> id.matches("\\d{1,18}"))
                .flatMap(id -> files.open(Long.parseLong(id)));
        if (detail.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        LearnerFile.Detail file = detail.get();
        pageTitle = file.learner().fullName();
        getContent().removeAll();
        getContent().addClassName("pn-dashboard");
        H1 title = new H1(file.learner().fullName());
        title.addClassName("pn-title");
        Paragraph company = new Paragraph(file.learner()
                .company()
                .map(details -> details.name() + " · "
                        + getTranslation("sector." + details.sector().name()))
                .orElse(""));
        getContent()
                .add(
                        new Anchor(
                                PointDashboardView.PATH
                                        + file.point()
                                                .map(point -> "?point=" + point)
                                                .orElse(""),
                                getTranslation("tracking.file.back")),
                        title,
                        company,
                        modules(file),
                        new LearnerPlacementSection(file.placement()),
                        attempts(file),
                        requests(file),
                        contacts(file));
    }

    private Component modules(LearnerFile.Detail file) {
        if (file.point().isEmpty()) {
            return panel("tracking.file.modules", empty("tracking.file.no-point"));
        }
        List<ModuleSummary> modules = curriculum.modules();
        Grid<Integer> grid = new Grid<>();
        grid.addColumn(i -> modules.get(i).number())
                .setHeader("#")
                .setWidth("3.5rem")
                .setFlexGrow(0);
        grid.addColumn(i -> modules.get(i).title()).setHeader(getTranslation("tracking.modules.module"));
        grid.addComponentColumn(i -> {
                    CellState state = file.modules().get(i);
                    Span cell = new Span();
                    cell.addClassNames("pn-cell", "pn-cell-" + state.name().toLowerCase(Locale.ROOT));
                    return new Span(cell, new Span(" " + getTranslation("tracking.cell." + state.name())));
                })
                .setHeader(getTranslation("tracking.learners.progress"))
                .setAutoWidth(true);
        grid.addColumn(i -> Optional.ofNullable(
                                file.bestScores().get(modules.get(i).slug()))
                        .map(score -> getTranslation("number.percent", score))
                        .orElse("–"))
                .setHeader(getTranslation("tracking.file.best-score"))
                .setAutoWidth(true);
        grid.setItems(IntStream.range(0, Math.min(modules.size(), file.modules().size()))
                .boxed()
                .toList());
        grid.setAllRowsVisible(true);
        return panel("tracking.file.modules", grid);
    }

    private Component attempts(LearnerFile.Detail file) {
        Map<String, String> titles = titles();
        UnorderedList list = new UnorderedList();
        file.attempts()
                .forEach(attempt -> list.add(new ListItem(getTranslation(
                        attempt.passed() ? "tracking.file.attempt-passed" : "tracking.file.attempt-failed",
                        titles.getOrDefault(attempt.moduleSlug(), attempt.moduleSlug()),
                        Dates.longDate(attempt.at(), getLocale()),
                        attempt.scorePercent()))));
        return panel("tracking.file.attempts", file.attempts().isEmpty() ? empty("tracking.file.no-attempt") : list);
    }

    private Component requests(LearnerFile.Detail file) {
        UnorderedList list = new UnorderedList();
        file.requests()
                .forEach(request -> list.add(new ListItem(getTranslation(
                        "tracking.file.request",
                        request.expertName(),
                        Dates.longDate(request.at(), getLocale()),
                        getTranslation("handoff.status." + request.status())))));
        return panel("tracking.file.requests", file.requests().isEmpty() ? empty("tracking.file.no-request") : list);
    }

    private Component contacts(LearnerFile.Detail file) {
        UnorderedList list = new UnorderedList();
        file.contacts()
                .forEach(contact -> list.add(new ListItem(getTranslation(
                        "tracking.file.contact-" + contact.kind().name().toLowerCase(Locale.ROOT),
                        Dates.longDate(contact.at(), getLocale()),
                        contact.staffName(),
                        contact.note()))));
        return panel("tracking.file.contacts", file.contacts().isEmpty() ? empty("tracking.file.no-contact") : list);
    }

    private Map<String, String> titles() {
        return curriculum.modules().stream().collect(Collectors.toMap(ModuleSummary::slug, ModuleSummary::title));
    }

    private Paragraph empty(String key) {
        return new Paragraph(getTranslation(key));
    }

    private Div panel(String titleKey, Component content) {
        Div panel = new Div(new H2(getTranslation(titleKey)), content);
        panel.addClassName("pn-panel");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(pageTitle);
    }
}
