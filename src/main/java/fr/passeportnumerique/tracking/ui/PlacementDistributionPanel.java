package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.quiz.PlacementLevel;
import fr.passeportnumerique.tracking.ModuleLevels;
import fr.passeportnumerique.tracking.PlacementDistribution;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which modules a point's (or a region's) public already masters: how many learners took the placement test, and per
 * module the share their latest test found acquired, to strengthen or to discover.
 */
class PlacementDistributionPanel extends Composite<Div> {

    /** Whose learners the figures count: the texts differ, the table does not. */
    enum Area {
        POINT,
        REGION
    }

    PlacementDistributionPanel(PlacementDistribution distribution, Area area) {
        String texts = "tracking.placement." + area.name().toLowerCase(Locale.ROOT);
        getContent().addClassNames("pn-panel", "pn-placement-figures");
        getContent().add(new H2(getTranslation("tracking.placement.title")));
        if (distribution.nobodyTested()) {
            getContent().add(new Paragraph(getTranslation(texts + ".none", distribution.learners())));
            return;
        }
        Paragraph lead = new Paragraph(getTranslation(texts + ".lead", distribution.tested(), distribution.learners()));
        lead.addClassName("pn-hint");
        getContent().add(lead, table(distribution.modules()));
    }

    private CaptionedTable table(List<ModuleLevels> modules) {
        List<String> columns = Stream.concat(
                        Stream.of(getTranslation("tracking.modules.module")),
                        Arrays.stream(PlacementLevel.values()).map(this::levelName))
                .toList();
        CaptionedTable table = new CaptionedTable(getTranslation("tracking.placement.caption"), columns);
        for (ModuleLevels module : modules) {
            table.addRow(
                    CaptionedTable.module(module.number(), module.title()),
                    Arrays.stream(PlacementLevel.values())
                            .map(level -> new Span(getTranslation(
                                    "tracking.placement.share", module.percent(level), module.count(level))))
                            .toArray(Span[]::new));
        }
        return table;
    }

    private String levelName(PlacementLevel level) {
        return getTranslation("placement.level." + level.name().toLowerCase(Locale.ROOT));
    }
}
