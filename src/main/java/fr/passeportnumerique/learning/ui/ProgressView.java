package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.base.ui.ProgressMeter;
import fr.passeportnumerique.learning.ModuleStanding;
import fr.passeportnumerique.learning.NextStep;
import fr.passeportnumerique.learning.ProgressOverview;
import fr.passeportnumerique.learning.ProgressService;
import fr.passeportnumerique.quiz.PlacementResults;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/** "Mon parcours": overall progress, time spent, what to do next, then every module's standing. */
@Route(value = ProgressView.PATH, layout = MainLayout.class)
@Menu(order = 2, title = "layout.nav.progress")
@RolesAllowed(AppRoles.LEARNER)
class ProgressView extends Composite<Div> implements HasDynamicTitle {

    static final String PATH = "mon-parcours";

    ProgressView(ProgressService progress, PlacementResults placements) {
        ProgressOverview overview = progress.overview();
        H1 title = new H1(getTranslation("progress.title"));
        title.addClassName("pn-title");
        getContent()
                .add(title, createSummary(overview), new PlacementPanel(placements.mine()), createModules(overview));
    }

    private Component createSummary(ProgressOverview overview) {
        H2 heading = new H2(getTranslation("progress.overall.title", overview.percent()));
        Paragraph figures = new Paragraph(getTranslation(
                "progress.overall.figures",
                overview.completedCount(),
                overview.modules().size(),
                overview.lessonsDone(),
                overview.lessonCount(),
                TimeSpent.format(overview.secondsSpent(), this)));
        NextStep step = overview.nextStep();
        Div next = new Div(
                new H3(getTranslation("progress.next.title")),
                NextStepLink.describe(step, this),
                NextStepLink.button(
                        step,
                        getTranslation(
                                step.kind() == NextStep.Kind.GET_CERTIFICATE
                                        ? "progress.next.certificate.action"
                                        : "progress.continue.action")));
        next.addClassName("pn-next-step");
        Section summary = new Section(
                heading,
                new ProgressMeter(overview.percent(), getTranslation("progress.overall.label", overview.percent())),
                figures,
                next);
        summary.addClassName("pn-progress-summary");
        return summary;
    }

    private Component createModules(ProgressOverview overview) {
        H2 heading = new H2(getTranslation("progress.modules.title"));
        heading.setId("modules-parcours");
        OrderedList list = new OrderedList();
        list.addClassName("pn-progress-list");
        overview.modules().forEach(standing -> list.add(new ListItem(createRow(standing))));
        Section section = new Section(heading, list);
        section.getElement().setAttribute("aria-labelledby", "modules-parcours");
        return section;
    }

    private Component createRow(ModuleStanding standing) {
        Span number = new Span(String.valueOf(standing.module().number()));
        number.addClassName("pn-card-number");
        number.getElement().setAttribute("aria-hidden", "true");
        H3 name = new H3(MainLayout.routerAnchor(
                "modules/" + standing.module().slug(),
                new Text(getTranslation(
                        "module.label",
                        standing.module().number(),
                        standing.module().title()))));
        Span status = new Span(StandingTexts.status(standing, this));
        status.addClassName("pn-status");
        status.addClassName("pn-status-" + standing.status().name().toLowerCase(Locale.ROOT));
        Div row = new Div(
                number,
                new Div(
                        name,
                        new ProgressMeter(
                                standing.percent(),
                                getTranslation(
                                        "progress.module.label",
                                        standing.module().number(),
                                        standing.percent())),
                        new Paragraph(StandingTexts.facts(standing, this))),
                status);
        if (standing.isQuizLocked() && standing.status() != ModuleStanding.Status.COMPLETED) {
            Span lock = new Span(VaadinIcon.LOCK.create(), new Text(getTranslation("progress.quiz-locked")));
            lock.addClassName("pn-lock-note");
            row.add(lock);
        }
        if (standing.status() == ModuleStanding.Status.COMPLETED) {
            Anchor attestation = new Anchor(
                    AttestationLinks.href(standing.module().slug()),
                    VaadinIcon.FILE_TEXT_O.create(),
                    new Text(getTranslation("progress.attestation.short")));
            attestation.getElement().setAttribute("router-ignore", true);
            attestation
                    .getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "progress.attestation.of",
                                    standing.module().number(),
                                    standing.module().title()));
            attestation.addClassName("pn-row-link");
            row.add(attestation);
        }
        row.addClassName("pn-progress-row");
        return row;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("progress.title"));
    }
}
