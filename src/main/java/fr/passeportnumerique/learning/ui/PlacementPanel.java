package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import fr.passeportnumerique.base.ui.Durations;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.quiz.PlacementLevel;
import fr.passeportnumerique.quiz.PlacementOutcome;
import java.util.Optional;

/** « Faire le point » in the learner's progress: an invitation to the placement test, or its result in a line. */
class PlacementPanel extends Composite<Aside> {

    static final String PLACEMENT = "positionnement";

    PlacementPanel(Optional<PlacementOutcome> outcome) {
        getContent().addClassName("pn-placement-panel");
        getContent().add(new H2(getTranslation("progress.placement.title")));
        outcome.ifPresentOrElse(
                found -> getContent()
                        .add(
                                new Paragraph(getTranslation(
                                        "progress.placement.done",
                                        found.count(PlacementLevel.ACQUIS),
                                        Durations.format(found.minutesSaved(), getLocale()))),
                                MainLayout.routerAnchor(
                                        PLACEMENT + "/resultat", new Text(getTranslation("progress.placement.see")))),
                () -> getContent()
                        .add(
                                new Paragraph(getTranslation("progress.placement.invite")),
                                MainLayout.routerAnchor(
                                        PLACEMENT, new Text(getTranslation("progress.placement.start")))));
    }
}
