package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.icon.VaadinIcon;
import fr.passeportnumerique.base.ui.CurriculumLanguage;
import fr.passeportnumerique.base.ui.Durations;
import fr.passeportnumerique.base.ui.HtmlFragment;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.curriculum.ProgressSnapshot;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * A module in the catalogue: its number, title, summary, duration and number of lessons; all of it a link. Written
 * as one piece of HTML (the title a router link, which Vaadin's client follows like any other): twenty cards are one
 * element each on the server instead of some twenty components each, for every visitor of the home page.
 */
class ModuleCard extends Composite<HtmlFragment> {

    private final ModuleSummary module;
    private final Optional<ProgressSnapshot> progress;

    ModuleCard(ModuleSummary module, Optional<ProgressSnapshot> progress) {
        this.module = module;
        this.progress = progress;
    }

    @Override
    protected HtmlFragment initContent() {
        Element card = new Element("article").addClass("pn-card");
        card.appendElement("span")
                .addClass("pn-card-number")
                .attr("aria-hidden", "true")
                .text(String.valueOf(module.number()));
        card.appendElement("h3")
                .attr("lang", CurriculumLanguage.LANGUAGE)
                .appendElement("a")
                .attr("href", "modules/" + module.slug())
                .attr("router-link", true)
                .attr("aria-label", getTranslation("module.label", module.number(), module.title()))
                .text(module.title());
        card.appendElement("p").attr("lang", CurriculumLanguage.LANGUAGE).text(module.summary());
        Element facts = card.appendElement("ul").addClass("pn-meta");
        fact(facts, VaadinIcon.CLOCK, Durations.format(module.durationMinutes(), getLocale()));
        fact(facts, VaadinIcon.OPEN_BOOK, getTranslation("module.lesson-count", module.lessonCount()));
        progress.ifPresent(learner -> appendProgress(card, learner));
        return HtmlFragment.of(card);
    }

    private static void fact(Element facts, VaadinIcon icon, String text) {
        Element fact = facts.appendElement("li");
        fact.appendElement("vaadin-icon")
                .attr("icon", "vaadin:" + icon.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .attr("aria-hidden", "true");
        fact.appendElement("span").text(text);
    }

    /** A lesson counts one step and the quiz one more, as on the learner's progress page. */
    private void appendProgress(Element card, ProgressSnapshot learner) {
        boolean completed = learner.isCompleted(module.slug());
        int done = learner.lessonsDoneIn(module.slug());
        int percent = completed ? 100 : Math.min(99, done * 100 / (module.lessonCount() + 1));
        Element wrapper = card.appendElement("span").addClass("pn-card-progress");
        Element meter = wrapper.appendElement("div")
                .addClass("pn-meter")
                .attr("role", "progressbar")
                .attr("aria-valuemin", "0")
                .attr("aria-valuemax", "100")
                .attr("aria-valuenow", String.valueOf(percent))
                .attr("aria-label", getTranslation("progress.module.label", module.number(), percent));
        if (percent == 100) {
            meter.addClass("pn-meter-complete");
        }
        meter.appendElement("div").addClass("pn-meter-fill").attr("style", "width: " + percent + "%;");
        wrapper.appendElement("span")
                .addClass("pn-card-progress-text")
                .text(
                        completed
                                ? getTranslation("catalogue.card.completed")
                                : getTranslation("catalogue.card.progress", done, module.lessonCount()));
    }
}
