package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.ProgressMeter;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.curriculum.ModulePageExtension;
import fr.passeportnumerique.learning.ModuleStanding;
import fr.passeportnumerique.learning.ProgressService;
import java.util.Locale;
import java.util.Optional;

/** On a module's page, for learners: where they stand on it, and what the quiz still waits for. */
@org.springframework.stereotype.Component
class ModuleProgressPanel implements ModulePageExtension {

    private final ProgressService progress;
    private final LearnerActivity activity;

    ModuleProgressPanel(ProgressService progress, LearnerActivity activity) {
        this.progress = progress;
        this.activity = activity;
    }

    @Override
    public Optional<Component> componentFor(ModuleDetail module) {
        if (!activity.isTracked()) {
            return Optional.empty();
        }
        return progress.standing(module.link().slug()).map(ModuleProgressPanel::panel);
    }

    private static Component panel(ModuleStanding standing) {
        Aside panel = new Aside();
        panel.addClassName("pn-module-progress");
        H2 title = new H2(panel.getTranslation("progress.module.title"));
        Paragraph status = new Paragraph(StandingTexts.status(standing, panel));
        status.addClassName("pn-status");
        status.addClassName("pn-status-" + standing.status().name().toLowerCase(Locale.ROOT));
        Paragraph facts = new Paragraph(StandingTexts.facts(standing, panel));
        panel.add(
                title,
                status,
                new ProgressMeter(
                        standing.percent(),
                        panel.getTranslation(
                                "progress.module.label", standing.module().number(), standing.percent())),
                facts);
        if (standing.isQuizLocked()) {
            panel.add(prerequisites(standing, panel));
        }
        if (standing.status() == ModuleStanding.Status.COMPLETED) {
            Anchor attestation = new Anchor(
                    AttestationLinks.href(standing.module().slug()),
                    new Text(panel.getTranslation("progress.attestation.download")));
            attestation.getElement().setAttribute("router-ignore", true);
            attestation.addClassName("pn-button");
            panel.add(attestation);
        }
        return panel;
    }

    private static Component prerequisites(ModuleStanding standing, Component where) {
        UnorderedList list = new UnorderedList();
        standing.missingPrerequisites()
                .forEach(link -> list.add(new ListItem(MainLayout.routerAnchor(
                        "modules/" + link.slug(),
                        new Text(where.getTranslation("module.label", link.number(), link.title()))))));
        Div locked =
                new Div(VaadinIcon.LOCK.create(), new Div(new Paragraph(where.getTranslation("quiz.locked")), list));
        locked.addClassName("pn-locked");
        return locked;
    }
}
