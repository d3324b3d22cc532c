package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.passeportnumerique.base.ui.CurriculumLanguage;
import fr.passeportnumerique.base.ui.Durations;
import fr.passeportnumerique.base.ui.MetaList;
import fr.passeportnumerique.curriculum.ModuleDetail;
import fr.passeportnumerique.curriculum.ModuleLink;

/** The top of a module's page: number, title, summary, facts, where to start, and the objectives beside. */
class ModuleHeader extends Composite<Div> {

    ModuleHeader(ModuleDetail module) {
        getContent().addClassName("pn-module-header");
        getContent().add(createIntro(module), createObjectives(module));
    }

    private Component createIntro(ModuleDetail module) {
        Span eyebrow = new Span(getTranslation("module.number", module.link().number()));
        eyebrow.addClassName("pn-eyebrow");
        H1 title = CurriculumLanguage.french(new H1(module.link().title()));
        title.addClassName("pn-title");
        Paragraph summary = CurriculumLanguage.french(new Paragraph(module.summary()));
        summary.addClassName("pn-lead");
        MetaList meta = new MetaList()
                .with(VaadinIcon.CLOCK, Durations.format(module.durationMinutes(), getLocale()))
                .with(
                        VaadinIcon.OPEN_BOOK,
                        getTranslation("module.lesson-count", module.lessons().size()))
                .with(VaadinIcon.SIGNAL, getTranslation("module.level." + module.level()));
        Div intro = new Div(eyebrow, title, summary, meta);
        module.firstLesson().ifPresent(first -> {
            RouterLink start = new RouterLink(
                    getTranslation("module.start"),
                    LessonView.class,
                    LessonView.parameters(module.link().slug(), first.slug()));
            start.addClassName("pn-button");
            Div action = new Div(start);
            action.addClassName("pn-actions");
            intro.add(action);
        });
        if (!module.prerequisites().isEmpty()) {
            intro.add(createPrerequisites(module));
        }
        return intro;
    }

    private Component createPrerequisites(ModuleDetail module) {
        Paragraph text = new Paragraph(new Text(getTranslation("module.prerequisites") + " "));
        text.addClassName("pn-prerequisites");
        for (int i = 0; i < module.prerequisites().size(); i++) {
            ModuleLink prerequisite = module.prerequisites().get(i);
            if (i > 0) {
                text.add(new Text(", "));
            }
            text.add(new RouterLink(
                    getTranslation("module.label", prerequisite.number(), prerequisite.title()),
                    ModuleView.class,
                    ModuleView.parameters(prerequisite.slug())));
        }
        return text;
    }

    private Component createObjectives(ModuleDetail module) {
        UnorderedList list = new UnorderedList();
        module.objectives().forEach(objective -> list.add(new ListItem(objective)));
        Div panel = new Div(new H2(getTranslation("module.objectives.title")), list);
        panel.addClassNames("pn-panel", "pn-objectives");
        return panel;
    }
}
