package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import fr.passeportnumerique.base.activity.LearnerActivity;
import fr.passeportnumerique.base.ui.ProgressMeter;
import fr.passeportnumerique.curriculum.CatalogueExtension;
import fr.passeportnumerique.learning.NextStep;
import fr.passeportnumerique.learning.ProgressOverview;
import fr.passeportnumerique.learning.ProgressService;
import java.util.Optional;

/** On the home page, for learners: how far they are, and "Continuer" to exactly where they stopped. */
@org.springframework.stereotype.Component
class ContinueBanner implements CatalogueExtension {

    private final ProgressService progress;
    private final LearnerActivity activity;

    ContinueBanner(ProgressService progress, LearnerActivity activity) {
        this.progress = progress;
        this.activity = activity;
    }

    @Override
    public Optional<Component> banner() {
        if (!activity.isTracked()) {
            return Optional.empty();
        }
        ProgressOverview overview = progress.overview();
        Section banner = new Section();
        banner.addClassName("pn-continue");
        banner.setId("continuer");
        H2 title = new H2(
                banner.getTranslation(overview.hasStarted() ? "progress.continue.title" : "progress.start.title"));
        NextStep step = overview.nextStep();
        String label = banner.getTranslation(
                step.kind() == NextStep.Kind.GET_CERTIFICATE
                        ? "progress.next.certificate.action"
                        : overview.hasStarted() ? "progress.continue.action" : "progress.start.action");
        Div text = new Div(
                title,
                NextStepLink.describe(step, banner),
                new ProgressMeter(
                        overview.percent(), banner.getTranslation("progress.overall.label", overview.percent())));
        banner.add(text, NextStepLink.button(step, label));
        banner.getElement().setAttribute("aria-labelledby", "continuer-titre");
        title.setId("continuer-titre");
        return Optional.of(banner);
    }
}
