package fr.passeportnumerique.tracking.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.tracking.MissedQuestion;
import fr.passeportnumerique.tracking.ModuleFigure;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Each module at the point: how many of its learners completed it, and their average best score at the quiz. */
class ModulesPanel extends Composite<Div> {

    ModulesPanel(List<ModuleFigure> modules, List<MissedQuestion> missed) {
        getContent().addClassNames("pn-panel", "pn-module-figures");
        Grid<ModuleFigure> grid = new Grid<>();
        grid.addColumn(ModuleFigure::number).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(ModuleFigure::title)
                .setHeader(getTranslation("tracking.modules.module"))
                .setFlexGrow(1);
        grid.addComponentColumn(module -> bar(module))
                .setHeader(getTranslation("tracking.modules.completion"))
                .setWidth("14rem")
                .setFlexGrow(0);
        grid.addColumn(module -> module.averageBestScore().isPresent()
                        ? getTranslation(
                                "number.percent",
                                Math.round(module.averageBestScore().getAsDouble()))
                        : "–")
                .setHeader(getTranslation("tracking.modules.score"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(modules);
        grid.setAllRowsVisible(true);
        Paragraph lead = new Paragraph(getTranslation("tracking.modules.lead"));
        lead.addClassName("pn-hint");
        getContent().add(new H2(getTranslation("tracking.modules.title")), lead, grid, missed(modules, missed));
    }

    /** The questions most often answered wrong, with their module, to tell trainers. */
    private Div missed(List<ModuleFigure> modules, List<MissedQuestion> missed) {
        Map<String, String> titles =
                modules.stream().collect(Collectors.toMap(ModuleFigure::slug, ModuleFigure::title));
        H3 title = new H3(getTranslation("tracking.missed.title"));
        Div section = new Div(title);
        section.addClassName("pn-missed");
        if (missed.isEmpty()) {
            section.add(new Paragraph(getTranslation("tracking.missed.none")));
            return section;
        }
        com.vaadin.flow.component.html.OrderedList list = new com.vaadin.flow.component.html.OrderedList();
        for (MissedQuestion question : missed) {
            Span prompt = new Span(question.prompt());
            prompt.addClassName("pn-missed-prompt");
            Span figures = new Span(getTranslation(
                    "tracking.missed.figures",
                    titles.getOrDefault(question.moduleSlug(), question.moduleSlug()),
                    question.missPercent(),
                    question.misses(),
                    question.answers()));
            figures.addClassName("pn-missed-figures");
            list.add(new com.vaadin.flow.component.html.ListItem(prompt, figures));
        }
        section.add(new Paragraph(getTranslation("tracking.missed.lead")), list);
        return section;
    }

    private Div bar(ModuleFigure module) {
        Span fill = new Span();
        fill.addClassName("pn-bar-fill");
        fill.getStyle().set("width", module.completionPercent() + "%");
        Span track = new Span(fill);
        track.addClassName("pn-bar-track");
        Span value = new Span(getTranslation(
                "tracking.modules.completion-value",
                module.completionPercent(),
                module.completed(),
                module.enrolled()));
        value.addClassName("pn-bar-value");
        Div bar = new Div(track, value);
        bar.addClassName("pn-bar");
        return bar;
    }
}
