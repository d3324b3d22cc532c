package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.ContentImportService;
import fr.passeportnumerique.curriculum.ContentProblem;
import fr.passeportnumerique.curriculum.ContentProblemMessages;
import fr.passeportnumerique.curriculum.CurriculumHistory;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ImportOutcome;
import fr.passeportnumerique.curriculum.ImportReport;
import fr.passeportnumerique.curriculum.LessonPage;
import fr.passeportnumerique.curriculum.LessonReview;
import fr.passeportnumerique.curriculum.StaleDates;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** For administrators: how the last import of the content folder went, and each problem with its file and line. */
@Route(value = "admin/contenu", layout = MainLayout.class)
@Menu(order = 9, title = "layout.nav.content-status")
@RolesAllowed(AppRoles.ADMIN)
class ContentStatusView extends Composite<Div> implements HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final ContentImportService imports;
    private final CurriculumHistory history;
    private final CurriculumService curriculum;
    private final Clock clock;

    ContentStatusView(
            ContentImportService imports, CurriculumHistory history, CurriculumService curriculum, Clock clock) {
        this.imports = imports;
        this.history = history;
        this.curriculum = curriculum;
        this.clock = clock;
        show();
    }

    private void show() {
        getContent().removeAll();
        H1 title = new H1(getTranslation("content-status.title"));
        title.addClassName("pn-title");
        getContent().add(title);
        getContent().add(imports.lastImport().map(this::createReport).orElseGet(this::createNoImport));
        getContent().add(createFileUpdates(history.fileUpdates()));
        getContent().add(createStaleDates(StaleDates.in(history.current(), Dates.today(clock))));
        getContent().add(createDueReviews(curriculum.lessonsDueForReview(Dates.today(clock))));
    }

    /** Lessons whose claims were last checked a year ago or more: to check again against their sources. */
    private Component createDueReviews(List<LessonPage> due) {
        Div panel = new Div(new H2(getTranslation("content-status.reviews.title")));
        panel.addClassNames("pn-panel", "pn-due-reviews");
        if (due.isEmpty()) {
            panel.add(new Paragraph(getTranslation("content-status.reviews.none", LessonReview.MONTHS_VALID)));
            return panel;
        }
        panel.add(new Paragraph(getTranslation("content-status.reviews.text", due.size(), LessonReview.MONTHS_VALID)));
        UnorderedList list = new UnorderedList();
        list.addClassName("pn-problem-list");
        for (LessonPage lesson : due) {
            String reviewed = lesson.review()
                    .map(review -> getTranslation(
                            "content-status.reviews.last", Dates.longDate(review.reviewedOn(), getLocale())))
                    .orElseGet(() -> getTranslation("content-status.reviews.never"));
            RouterLink link = new RouterLink(
                    getTranslation(
                            "content-status.reviews.lesson",
                            lesson.module().number(),
                            lesson.index(),
                            lesson.lesson().title()),
                    LessonView.class,
                    LessonView.parameters(
                            lesson.module().slug(), lesson.lesson().slug()));
            list.add(new ListItem(link, new Span(" — " + reviewed)));
        }
        panel.add(list);
        return panel;
    }

    /** Sentences that still announce as coming a date already past: to rewrite in the workshop. */
    private Component createStaleDates(List<StaleDates.StaleDate> stale) {
        Div panel = new Div(new H2(getTranslation("content-status.stale-dates.title")));
        panel.addClassNames("pn-panel", "pn-stale-dates");
        if (stale.isEmpty()) {
            panel.add(new Paragraph(getTranslation("content-status.stale-dates.none")));
            return panel;
        }
        panel.add(new Paragraph(getTranslation("content-status.stale-dates.text", stale.size())));
        UnorderedList list = new UnorderedList();
        list.addClassName("pn-problem-list");
        for (StaleDates.StaleDate date : stale) {
            list.add(new ListItem(
                    new Code(date.file() + ":" + date.line()),
                    new Span(" " + Dates.longDate(date.date(), getLocale()) + " — « " + date.sentence() + " »")));
        }
        panel.add(list);
        return panel;
    }

    /** Modules whose files in content/ are newer than their published version: applied only on request. */
    private Component createFileUpdates(List<CurriculumHistory.FileUpdate> updates) {
        Div panel = new Div(new H2(getTranslation("content-status.updates.title")));
        panel.addClassNames("pn-panel", "pn-file-updates");
        if (updates.isEmpty()) {
            panel.add(new Paragraph(getTranslation("content-status.updates.none")));
            return panel;
        }
        panel.add(new Paragraph(getTranslation("content-status.updates.text")));
        UnorderedList list = new UnorderedList();
        for (CurriculumHistory.FileUpdate update : updates) {
            String origin = getTranslation(
                    "authoring.origin." + update.published().origin().name().toLowerCase(Locale.ROOT));
            Button apply = new Button(
                    getTranslation("content-status.updates.apply"), click -> apply(List.of(update.moduleSlug())));
            list.add(new ListItem(
                    new Span(getTranslation(
                            "content-status.updates.module",
                            update.moduleSlug(),
                            update.published().number(),
                            origin,
                            Dates.longDate(update.published().publishedAt(), getLocale()))),
                    apply));
        }
        panel.add(list);
        return panel;
    }

    private void apply(List<String> modules) {
        ImportReport report = imports.applyFileUpdates(modules);
        show();
        Notification notification = Notification.show(
                getTranslation(
                        report.outcome() == ImportOutcome.FAILED
                                ? "content-status.updates.failed"
                                : "content-status.updates.applied"),
                6000,
                Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(
                report.outcome() == ImportOutcome.FAILED
                        ? NotificationVariant.LUMO_ERROR
                        : NotificationVariant.LUMO_SUCCESS);
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
