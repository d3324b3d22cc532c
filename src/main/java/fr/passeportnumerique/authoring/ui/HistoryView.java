package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.authoring.AuthoringException;
import fr.passeportnumerique.authoring.DiffLine;
import fr.passeportnumerique.authoring.PublishingService;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.ImportReport;
import fr.passeportnumerique.curriculum.VersionInfo;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every published version of a module: compare two of them file by file, or publish an earlier one again. */
@Route(value = "atelier/:module/historique", layout = MainLayout.class)
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
class HistoryView extends Composite<Div> implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishingService publishing;
    private final Div comparison = new Div();
    private String moduleSlug;

    HistoryView(PublishingService publishing) {
        this.publishing = publishing;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        moduleSlug = event.getRouteParameters().get("module").orElse("");
        show();
    }

    private void show() {
        List<VersionInfo> versions = publishing.versions(moduleSlug);
        getContent().removeAll();
        H1 title = new H1(getTranslation("authoring.history.title"));
        title.addClassName("pn-title");
        getContent().add(WorkshopLinks.module(moduleSlug, getTranslation("authoring.back-to-module")), title);
        Grid<VersionInfo> grid = new Grid<>();
        grid.addColumn(version -> "v" + version.number())
                .setHeader(getTranslation("authoring.history.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(version -> getTranslation(
                        "authoring.history.when",
                        Dates.longDate(version.publishedAt(), getLocale()),
                        Dates.time(version.publishedAt(), getLocale())))
                .setHeader(getTranslation("authoring.history.date"))
                .setAutoWidth(true);
        grid.addColumn(version -> getTranslation(
                        "authoring.origin." + version.origin().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("authoring.history.origin"));
        grid.addColumn(VersionInfo::note).setHeader(getTranslation("authoring.history.note"));
        grid.addComponentColumn(version -> version.equals(versions.getFirst())
                        ? new Span(getTranslation("authoring.history.current"))
                        : new Button(getTranslation("authoring.history.rollback"), click -> confirmRollback(version)))
                .setAutoWidth(true);
        grid.setItems(versions);
        grid.setAllRowsVisible(true);
        getContent().add(grid);
        if (versions.size() > 1) {
            getContent().add(createComparison(versions));
        }
    }

    private Div createComparison(List<VersionInfo> versions) {
        Select<VersionInfo> older = versionSelect("authoring.history.older", versions, versions.get(1));
        Select<VersionInfo> newer = versionSelect("authoring.history.newer", versions, versions.getFirst());
        Select<String> file = new Select<>();
        file.setLabel(getTranslation("authoring.history.file"));
        Runnable compare = () -> {
            if (file.getValue() != null) {
                showDiff(publishing.compare(
                        older.getValue().id(), newer.getValue().id(), file.getValue()));
            }
        };
        // The files that changed come first and are marked; the first of them is compared at once.
        Runnable files = () -> {
            List<String> changed = publishing.changedPaths(
                    older.getValue().id(), newer.getValue().id());
            List<String> paths = new ArrayList<>(changed);
            publishing.paths(older.getValue().id(), newer.getValue().id()).stream()
                    .filter(path -> !changed.contains(path))
                    .forEach(paths::add);
            file.setItemLabelGenerator(
                    path -> changed.contains(path) ? getTranslation("authoring.history.changed-file", path) : path);
            file.setItems(paths);
            paths.stream().findFirst().ifPresent(file::setValue);
            compare.run();
        };
        comparison.removeAll();
        files.run();
        older.addValueChangeListener(change -> files.run());
        newer.addValueChangeListener(change -> files.run());
        file.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                compare.run();
            }
        });
        Div controls = new Div(older, newer, file);
        controls.addClassNames("pn-actions-row", "pn-history-controls");
        H2 heading = new H2(getTranslation("authoring.history.compare-title"));
        heading.addClassName("pn-authoring-section");
        return new Div(heading, controls, comparison);
    }

    private Select<VersionInfo> versionSelect(String label, List<VersionInfo> versions, VersionInfo chosen) {
        Select<VersionInfo> select = new Select<>();
        select.setLabel(getTranslation(label));
        select.setItems(versions);
        select.setItemLabelGenerator(version -> "v" + version.number());
        select.setValue(chosen);
        return select;
    }

    private void showDiff(List<DiffLine> lines) {
        comparison.removeAll();
        if (lines.isEmpty()) {
            comparison.add(new Span(getTranslation("authoring.history.same")));
            return;
        }
        Pre diff = new Pre();
        diff.addClassName("pn-diff");
        for (DiffLine line : lines) {
            Span row = new Span(
                    switch (line.kind()) {
                        case ADDED -> "+ " + line.text();
                        case REMOVED -> "− " + line.text();
                        case SKIPPED -> "…";
                        case SAME -> "  " + line.text();
                    });
            row.addClassName("pn-diff-" + line.kind().name().toLowerCase(Locale.ROOT));
            diff.add(row);
        }
        comparison.add(diff);
    }

    private void confirmRollback(VersionInfo version) {
        new ConfirmDialog(
                        getTranslation("authoring.history.rollback-title", version.number()),
                        getTranslation("authoring.history.rollback-text"),
                        getTranslation("authoring.history.rollback"),
                        confirmed -> rollback(version),
                        getTranslation("authoring.cancel"),
                        cancelled -> {})
                .open();
    }

    private void rollback(VersionInfo version) {
        try {
            ImportReport report = publishing.rollback(moduleSlug, version.id());
            if (report.outcome() == ImportOutcome.FAILED) {
                getContent().add(Outcomes.problems(this, report.problems()));
                return;
            }
            show();
            Outcomes.done(getTranslation("authoring.history.rolled-back", version.number()));
        } catch (AuthoringException refused) {
            Outcomes.refused(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("authoring.history.title"));
    }
}
