package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.ContentProblem;
import fr.passeportnumerique.curriculum.ContentProblemMessages;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** For administrators: how the last import of the content folder went, and each problem with its file and line. */
@Route(value = "admin/contenu", layout = MainLayout.class)
@Menu(order = 9, title = "layout.nav.content-status")
@RolesAllowed(AppRoles.ADMIN)
class ContentStatusView extends Composite<Div> implements HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    ContentStatusView(ContentImportService imports) {
        H1 title = new H1(getTranslation("content-status.title"));
        title.addClassName("pn-title");
        getContent().add(title);
        getContent().add(imports.lastImport().map(this::createReport).orElseGet(this::createNoImport));
    }

    private Component createReport(ImportReport report) {
        boolean failed = report.outcome() == ImportOutcome.FAILED;
        Span status = new Span(getTranslation(
                "content-status.outcome." + report.outcome().name().toLowerCase()));
        status.addClassNames("pn-status", failed ? "pn-status-failed" : "pn-status-ok");
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .format(report.startedAt().atZone(PARIS));
        Paragraph summary = new Paragraph(getTranslation(
                "content-status.summary",
                when,
                report.durationMs(),
                report.added(),
                report.updated(),
                report.unchanged(),
                report.removed()));
        Div panel = new Div(status, summary);
        panel.addClassName("pn-panel");
        if (failed) {
            panel.add(new Paragraph(getTranslation("content-status.failed-explanation")), createProblems(report));
        }
        return panel;
    }

    private Component createProblems(ImportReport report) {
        UnorderedList list = new UnorderedList();
        list.addClassName("pn-problem-list");
        for (ContentProblem problem : report.problems()) {
            list.add(new ListItem(
                    new Code(problem.location()),
                    new Span(" " + ContentProblemMessages.message(problem, getLocale()))));
        }
        return new Div(
                new H2(getTranslation(
                        "content-status.problems", report.problems().size())),
                list);
    }

    private Component createNoImport() {
        Div empty = new Div(new Paragraph(getTranslation("content-status.none")));
        empty.addClassName("pn-empty");
        return empty;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("content-status.title"));
    }
}
