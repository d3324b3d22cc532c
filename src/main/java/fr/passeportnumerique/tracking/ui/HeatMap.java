package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.tracking.CellState;
import fr.passeportnumerique.tracking.ui.LearnersPanel.LearnerLine;
import java.util.List;
import java.util.Locale;

/**
 * One row per learner, one coloured cell per module (not started, in progress, quiz failed, completed): where
 * learners stop, at a glance. A screen reader hears each module's name, in its column's header and in each cell.
 */
class HeatMap extends Grid<LearnerLine> {

    HeatMap(List<ModuleSummary> modules) {
        addClassName("pn-heat-grid");
        addColumn(line -> line.learner().fullName())
                .setHeader(getTranslation("tracking.learners.name"))
                .setRowHeader(true)
                .setFrozen(true)
                .setWidth("min(13rem, 38vw)")
                .setFlexGrow(0);
        for (int i = 0; i < modules.size(); i++) {
            int index = i;
            ModuleSummary module = modules.get(i);
            addColumn(LitRenderer.<LearnerLine>of("<span class='pn-cell pn-cell-${item.state}' role='img'"
                                    + " aria-label='${item.label}' title='${item.label}'></span>")
                            .withProperty("state", line -> cssName(line.cells().get(index)))
                            .withProperty(
                                    "label",
                                    line -> module.title() + " : "
                                            + getTranslation("tracking.cell."
                                                    + line.cells().get(index).name())))
                    .setHeader(moduleHeader(module))
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setWidth("2.4rem")
                    .setFlexGrow(0);
        }
    }

    /** What each colour means. */
    Div legend() {
        Div legend = new Div();
        legend.addClassName("pn-heat-legend");
        for (CellState state : CellState.values()) {
            Span swatch = new Span();
            swatch.addClassNames("pn-cell", "pn-cell-" + cssName(state));
            legend.add(new Span(swatch, new Span(getTranslation("tracking.cell." + state.name()))));
        }
        return legend;
    }

    /** The module's number, and for a screen reader its name (the number alone would say little). */
    private Span moduleHeader(ModuleSummary module) {
        Span number = new Span(String.valueOf(module.number()));
        number.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span(getTranslation("tracking.heat.module", module.number(), module.title()));
        name.addClassName("pn-visually-hidden");
        Span header = new Span(number, name);
        header.addClassName("pn-heat-module");
        header.setTitle(module.title());
        return header;
    }

    private static String cssName(CellState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }
}
