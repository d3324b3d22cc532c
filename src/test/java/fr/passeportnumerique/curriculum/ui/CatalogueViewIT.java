package fr.passeportnumerique.curriculum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.base.ui.HtmlFragment;
import fr.passeportnumerique.curriculum.CurriculumService;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogueViewIT extends ViewTestSupport {

    @Autowired
    CurriculumService curriculum;

    @Test
    void the_home_page_shows_a_card_per_module_in_french() {
        navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Prenez en main le numérique de votre entreprise");
        List<ModuleCard> cards = _find(ModuleCard.class);
        assertThat(cards).hasSize(curriculum.modules().size()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(_get(H2.class, spec -> spec.withText("Les " + cards.size() + " modules")))
                .isNotNull();
    }

    @Test
    void a_card_gives_number_title_summary_duration_and_lesson_count() {
        navigate("");
        Document first = markup(_find(ModuleCard.class).getFirst());

        assertThat(first.select(".pn-card-number").text()).isEqualTo("1");
        assertThat(first.select("h3 a").text()).isEqualTo("Premiers pas numériques");
        assertThat(first.select("h3 a").attr("href")).isEqualTo("modules/premiers-pas");
        assertThat(first.select("h3 a").hasAttr("router-link")).isTrue();
        assertThat(first.select("p").text()).startsWith("Choisir le bon appareil");
        assertThat(first.select(".pn-meta span").eachText()).contains("1 h 10", "4 leçons");
        assertThat(first.select(".pn-meta vaadin-icon").eachAttr("icon"))
                .containsExactly("vaadin:clock", "vaadin:open-book");
    }

    @Test
    void a_cards_link_opens_its_module() {
        navigate("");
        String href = markup(_find(ModuleCard.class).get(1)).select("h3 a").attr("href");

        navigate(href);

        assertThat(_get(H1.class).getText()).isEqualTo("Internet et recherche d'information");
    }

    @Test
    void the_interface_speaks_english_when_asked() {
        navigate("");
        useEnglish();

        assertThat(_get(H1.class).getText()).isEqualTo("Take charge of your business’s digital tools");
        assertThat(markup(_find(ModuleCard.class).getFirst())
                        .select(".pn-meta span")
                        .eachText())
                .contains("4 lessons");
    }

    private static Document markup(ModuleCard card) {
        return Jsoup.parse(_get(card, HtmlFragment.class).getElement().getOuterHTML());
    }
}
