package fr.passeportnumerique.curriculum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.RouterLink;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.base.ui.Breadcrumb;
import org.junit.jupiter.api.Test;

class ModuleViewIT extends ViewTestSupport {

    @Test
    void a_module_shows_its_objectives_and_its_lessons_in_order() {
        navigate("modules/premiers-pas");

        assertThat(_get(H1.class).getText()).isEqualTo("Premiers pas numériques");
        assertThat(_find(ModuleHeader.class)).hasSize(1);
        OrderedList lessons = _get(OrderedList.class, spec -> spec.withClasses("pn-lesson-list"));
        assertThat(_find(lessons, RouterLink.class))
                .extracting(RouterLink::getHref)
                .containsExactly(
                        "modules/premiers-pas/choisir-ses-appareils",
                        "modules/premiers-pas/ranger-ses-fichiers",
                        "modules/premiers-pas/retrouver-un-fichier",
                        "modules/premiers-pas/mises-a-jour");
        assertThat(_find(_get(ModuleHeader.class), ListItem.class)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void the_start_button_leads_to_the_first_lesson() {
        navigate("modules/premiers-pas");

        RouterLink start = _get(RouterLink.class, spec -> spec.withText("Commencer le module"));
        assertThat(start.getHref()).isEqualTo("modules/premiers-pas/choisir-ses-appareils");
    }

    @Test
    void prerequisites_link_to_their_modules() {
        navigate("modules/internet-recherche");

        RouterLink prerequisite =
                _get(RouterLink.class, spec -> spec.withText("Module 1\u00a0: Premiers pas numériques"));
        assertThat(prerequisite.getHref()).isEqualTo("modules/premiers-pas");
    }

    @Test
    void the_breadcrumb_leads_back_to_the_catalogue() {
        navigate("modules/premiers-pas");

        assertThat(_find(_get(Breadcrumb.class), com.vaadin.flow.component.html.Anchor.class))
                .extracting(anchor -> anchor.getText())
                .containsExactly("Catalogue");
    }

    @Test
    void the_glossary_lists_the_modules_terms_with_their_definitions() {
        navigate("modules/premiers-pas");

        GlossaryPanel glossary = _get(GlossaryPanel.class);
        assertThat(_find(glossary, DescriptionList.Term.class))
                .extracting(DescriptionList.Term::getText)
                .contains("Extension", "Mise à jour");
        assertThat(_find(glossary, DescriptionList.Description.class)).isNotEmpty();
    }

    @Test
    void an_unknown_module_shows_a_friendly_not_found_page() {
        navigate("modules/module-qui-n-existe-pas");

        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
    }
}
