package fr.passeportnumerique.curriculum.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.curriculum.CurriculumService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CatalogueViewTest extends ViewTestSupport {

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
        ModuleCard first = _find(ModuleCard.class).getFirst();

        assertThat(_get(first, Span.class, spec -> spec.withClasses("pn-card-number"))
                        .getText())
                .isEqualTo("1");
        RouterLink title = _get(first, RouterLink.class);
        assertThat(title.getText()).isEqualTo("Premiers pas numériques");
        assertThat(title.getHref()).isEqualTo("modules/premiers-pas");
        assertThat(_get(first, Paragraph.class).getText()).startsWith("Choisir le bon appareil");
        assertThat(_find(first, Span.class)).extracting(Span::getText).contains("1 h 10", "4 leçons");
    }

    @Test
    void clicking_a_card_opens_its_module() {
        navigate("");

        RouterLinkKt._click(_get(_find(ModuleCard.class).get(1), RouterLink.class));

        assertThat(_get(H1.class).getText()).isEqualTo("Internet et recherche d'information");
    }

    @Test
    void the_interface_speaks_english_when_asked() {
        navigate("");
        useEnglish();

        assertThat(_get(H1.class).getText()).isEqualTo("Take charge of your business’s digital tools");
        assertThat(_find(_find(ModuleCard.class).getFirst(), Span.class))
                .extracting(Span::getText)
                .contains("4 lessons");
    }
}
