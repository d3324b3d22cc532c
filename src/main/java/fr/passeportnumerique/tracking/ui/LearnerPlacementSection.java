package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.base.i18n.Dates;
import fr.passeportnumerique.quiz.ModulePlacement;
import fr.passeportnumerique.quiz.PlacementOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A learner's latest placement test in their file: when, and per module the level found, the evidence and the path
 * the learner keeps (as proposed or as they changed it); or where the test is, when they have not taken it.
 */
class LearnerPlacementSection extends Composite<Div> {

    LearnerPlacementSection(Optional<PlacementOutcome> placement) {
        getContent().addClassNames("pn-panel", "pn-learner-placement");
        getContent().add(new H2(getTranslation("tracking.placement.title")));
        placement.ifPresentOrElse(
                this::show, () -> getContent().add(new Paragraph(getTranslation("tracking.placement.file.none"))));
    }

    private void show(PlacementOutcome outcome) {
        Paragraph lead = new Paragraph(getTranslation(
                "tracking.placement.file.lead",
                Dates.longDate(outcome.finishedAt(), getLocale()),
                outcome.questions()));
        CaptionedTable table = new CaptionedTable(
                getTranslation("tracking.placement.file.caption"),
                List.of(
                        getTranslation("tracking.modules.module"),
                        getTranslation("tracking.placement.file.level"),
                        getTranslation("tracking.placement.file.evidence"),
                        getTranslation("tracking.placement.file.path")));
        for (ModulePlacement module : outcome.modules()) {
            table.addRow(
                    CaptionedTable.module(module.moduleNumber(), module.moduleTitle()),
                    new Span(getTranslation("placement.level." + lower(module.level()))),
                    new Span(getTranslation("tracking.placement.evidence", module.questions(), module.correct())),
                    path(module));
        }
        getContent().add(lead, table);
    }

    /** The path, and whether the learner chose it or kept the one the test proposed. */
    private Span path(ModulePlacement module) {
        Span origin = new Span(getTranslation(
                module.pathChosenByLearner() ? "tracking.placement.path.chosen" : "tracking.placement.path.proposed"));
        origin.addClassName("pn-path-origin");
        return new Span(
                new Span(getTranslation("tracking.placement.path." + lower(module.path()))), new Text(" "), origin);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
