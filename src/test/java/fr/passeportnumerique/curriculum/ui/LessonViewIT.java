package fr.passeportnumerique.curriculum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.base.ui.Breadcrumb;
import org.junit.jupiter.api.Test;

class LessonViewIT extends ViewTestSupport {

    @Test
    void a_lesson_shows_its_typeset_text_and_its_place_in_the_module() {
        navigate("modules/premiers-pas/ranger-ses-fichiers");

        assertThat(_get(H1.class).getText()).isEqualTo("Fichiers et dossiers : ranger pour retrouver");
        assertThat(_get(Span.class, spec -> spec.withClasses("pn-eyebrow")).getText())
                .isEqualTo("Module 1 · Leçon 2 sur 4");
        String html = _get(Div.class, spec -> spec.withClasses("pn-prose"))
                .getElement()
                .getProperty("innerHTML");
        assertThat(_get(Div.class, spec -> spec.withClasses("pn-prose"))
                        .getElement()
                        .getAttribute("lang"))
                .as("the curriculum is in French whatever the interface's language")
                .isEqualTo("fr");
        assertThat(html)
                .contains("<h2 id=\"section-")
                .contains("<table>")
                .contains("src=\"/media/premiers-pas/")
                .contains("class=\"pn-callout pn-callout-note\"")
                .contains("À retenir")
                .doesNotContain("[!NOTE]");
    }

    @Test
    void under_the_lesson_its_check_date_and_its_sources_open_in_a_new_tab() {
        navigate("modules/premiers-pas/ranger-ses-fichiers");

        Aside note = _get(Aside.class, spec -> spec.withClasses("pn-lesson-review"));
        assertThat(_get(note, Paragraph.class, spec -> spec.withClasses("pn-lesson-review-date"))
                        .getElement()
                        .getTextRecursively())
                .isEqualTo("Vérifiée le 6 décembre 2026");
        assertThat(_find(note, Anchor.class))
                .extracting(Anchor::getHref, Anchor::getText)
                .containsExactly(
                        tuple(
                                "https://learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file",
                                "learn.microsoft.com/en-us/windows/win32/fileio/naming-a-file"),
                        tuple(
                                "https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/sauvegardes",
                                "cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/sauvegardes"));
        assertThat(_find(note, Anchor.class))
                .allSatisfy(link -> assertThat(link.getTarget()).contains("_blank"));
    }

    @Test
    void previous_and_next_lead_to_the_neighbouring_lessons() {
        navigate("modules/premiers-pas/ranger-ses-fichiers");

        LessonNavigation navigation = _get(LessonNavigation.class);
        assertThat(_find(navigation, RouterLink.class))
                .extracting(RouterLink::getHref)
                .containsExactly(
                        "modules/premiers-pas/choisir-ses-appareils", "modules/premiers-pas/retrouver-un-fichier");
    }

    @Test
    void the_last_lesson_leads_back_to_the_module() {
        navigate("modules/premiers-pas/mises-a-jour");

        assertThat(_find(_get(LessonNavigation.class), RouterLink.class))
                .extracting(RouterLink::getHref)
                .containsExactly("modules/premiers-pas/retrouver-un-fichier", "modules/premiers-pas");
    }

    @Test
    void the_breadcrumb_names_the_catalogue_the_module_and_the_lesson() {
        navigate("modules/premiers-pas/ranger-ses-fichiers");

        Breadcrumb breadcrumb = _get(Breadcrumb.class);
        assertThat(_find(breadcrumb, Span.class, spec -> spec.withAttribute("aria-current", "page")))
                .extracting(Span::getText)
                .containsExactly("Fichiers et dossiers : ranger pour retrouver");
        assertThat(_find(breadcrumb, com.vaadin.flow.component.html.Anchor.class))
                .extracting(anchor -> anchor.getHref())
                .containsExactly("", "modules/premiers-pas");
    }

    @Test
    void the_interface_around_the_lesson_speaks_english_when_asked() {
        navigate("modules/premiers-pas/ranger-ses-fichiers");
        useEnglish();

        assertThat(_get(Span.class, spec -> spec.withClasses("pn-eyebrow")).getText())
                .isEqualTo("Module 1 · Lesson 2 of 4");
        assertThat(_find(_get(LessonNavigation.class), Span.class))
                .extracting(Span::getText)
                .contains("Previous lesson", "Next lesson");
        assertThat(_get(H1.class).getElement().getAttribute("lang"))
                .as("the lesson's French title on an English page")
                .isEqualTo("fr");
    }

    @Test
    void an_unknown_lesson_shows_a_friendly_not_found_page() {
        navigate("modules/premiers-pas/lecon-inconnue");

        assertThat(_get(H1.class).getText()).isEqualTo("Page introuvable");
    }
}
