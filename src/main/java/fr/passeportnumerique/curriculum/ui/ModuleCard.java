package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import fr.passeportnumerique.base.ui.Durations;
import fr.passeportnumerique.base.ui.MetaList;
import fr.passeportnumerique.base.ui.ProgressMeter;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.curriculum.ProgressSnapshot;
import java.util.Optional;

/** A module in the catalogue: its number, title, summary, duration and number of lessons; all of it a link. */
class ModuleCard extends Composite<Article> {

    ModuleCard(ModuleSummary module, Optional<ProgressSnapshot> progress) {
        Span number = new Span(String.valueOf(module.number()));
        number.addClassName("pn-card-number");
        number.getElement().setAttribute("aria-hidden", "true");
        RouterLink link = new RouterLink(module.title(), ModuleView.class, ModuleView.parameters(module.slug()));
        link.getElement().setAttribute("aria-label", getTranslation("module.label", module.number(), module.title()));
        MetaList meta = new MetaList()
                .with(VaadinIcon.CLOCK, Durations.format(module.durationMinutes(), getLocale()))
                .with(VaadinIcon.OPEN_BOOK, getTranslation("module.lesson-count", module.lessonCount()));
        getContent().addClassName("pn-card");
        getContent().add(number, new H3(link), new Paragraph(module.summary()), meta);
        progress.ifPresent(learner -> getContent().add(createProgress(module, learner)));
    }

    /** A lesson counts one step and the quiz one more, as on the learner's progress page. */
    private Span createProgress(ModuleSummary module, ProgressSnapshot learner) {
        boolean completed = learner.isCompleted(module.slug());
        int percent =
                completed ? 100 : Math.min(99, learner.lessonsDoneIn(module.slug()) * 100 / (module.lessonCount() + 1));
        String text = completed
                ? getTranslation("catalogue.card.completed")
                : getTranslation("catalogue.card.progress", learner.lessonsDoneIn(module.slug()), module.lessonCount());
        Span caption = new Span(text);
        caption.addClassName("pn-card-progress-text");
        Span wrapper = new Span(
                new ProgressMeter(percent, getTranslation("progress.module.label", module.number(), percent)), caption);
        wrapper.addClassName("pn-card-progress");
        return wrapper;
    }
}
