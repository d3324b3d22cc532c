package fr.passeportnumerique.curriculum.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.base.ui.PageTitles;
import fr.passeportnumerique.curriculum.CatalogueExtension;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LearnerProgress;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.curriculum.ProgressSnapshot;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/** The home page: what the programme offers, then a card per module. */
@Route(value = "", layout = MainLayout.class)
@Menu(order = 0, title = "layout.nav.catalogue")
@AnonymousAllowed
class CatalogueView extends Composite<Div> implements HasDynamicTitle {

    CatalogueView(
            CurriculumService curriculum,
            List<CatalogueExtension> extensions,
            ObjectProvider<LearnerProgress> learnerProgress) {
        List<ModuleSummary> modules = curriculum.modules();
        getContent().add(createHero());
        extensions.forEach(extension -> extension.banner().ifPresent(getContent()::add));
        Optional<ProgressSnapshot> progress =
                Optional.ofNullable(learnerProgress.getIfAvailable()).flatMap(LearnerProgress::ofSignedInLearner);
        getContent().add(createModules(modules, progress));
    }

    private Component createHero() {
        Span eyebrow = new Span(getTranslation("catalogue.eyebrow"));
        eyebrow.addClassName("pn-eyebrow");
        H1 title = new H1(getTranslation("catalogue.title"));
        title.addClassName("pn-title");
        Paragraph lead = new Paragraph(getTranslation("catalogue.lead"));
        lead.addClassName("pn-lead");
        Image illustration = new Image("images/hero.svg", "");
        illustration.getElement().setAttribute("aria-hidden", "true");
        Section hero = new Section(new Div(eyebrow, title, lead), illustration);
        hero.addClassName("pn-hero");
        return hero;
    }

    private Component createModules(List<ModuleSummary> modules, Optional<ProgressSnapshot> progress) {
        H2 heading = new H2(getTranslation("catalogue.modules.title", modules.size()));
        heading.addClassName("pn-section-title");
        heading.setId("modules");
        Section section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", "modules");
        if (modules.isEmpty()) {
            section.add(createEmptyState());
            return section;
        }
        UnorderedList grid = new UnorderedList();
        grid.addClassName("pn-card-grid");
        modules.forEach(module -> grid.add(new ListItem(new ModuleCard(module, progress))));
        section.add(grid);
        return section;
    }

    private Component createEmptyState() {
        Div empty = new Div(
                new H2(getTranslation("catalogue.empty.title")), new Paragraph(getTranslation("catalogue.empty.text")));
        empty.addClassName("pn-empty");
        return empty;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("catalogue.page-title"));
    }
}
