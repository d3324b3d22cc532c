package fr.passeportnumerique.search.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import fr.passeportnumerique.ViewTestSupport;
import org.junit.jupiter.api.Test;

class SearchViewIT extends ViewTestSupport {

    private static void search(String query) {
        UI.getCurrent().navigate("recherche", QueryParameters.fromString(query));
    }

    @Test
    void every_page_has_the_search_field_in_its_header() {
        navigate("");

        ComboBox<?> field = _get(ComboBox.class, spec -> spec.withClasses("pn-header-search"));
        assertThat(field.getAriaLabel()).hasValue("Rechercher dans le programme");
    }

    @Test
    void results_show_count_highlighted_snippets_and_facets_with_counts() {
        search("q=hame%C3%A7onnage");

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pn-search-count"))
                        .getText())
                .endsWith("pour « hameçonnage »".replace(" »", "\u00a0»").replace("« ", "«\u00a0"));
        assertThat(_find(Html.class))
                .anySatisfy(snippet -> assertThat(snippet.getInnerHtml()).contains("<mark>"));
        assertThat(_find(Anchor.class))
                .extracting(Anchor::getText)
                .anySatisfy(text -> assertThat(text).startsWith("Leçons ("));
        assertThat(_find(Anchor.class))
                .extracting(Anchor::getHref)
                .anySatisfy(href -> assertThat(href).contains("type=lesson"));
    }

    @Test
    void ten_results_come_first_and_the_next_ones_on_demand() {
        search("q=donn%C3%A9es");
        int total = Integer.parseInt(_get(Paragraph.class, spec -> spec.withClasses("pn-search-count"))
                .getText()
                .replaceAll("\\D.*", ""));
        assertThat(total).as("a query with many results").isGreaterThan(2 * SearchView.PAGE);
        assertThat(_find(Article.class, spec -> spec.withClasses("pn-search-hit")))
                .hasSize(SearchView.PAGE);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Afficher les 10 résultats suivants")));

        assertThat(_find(Article.class, spec -> spec.withClasses("pn-search-hit")))
                .hasSize(2 * SearchView.PAGE)
                .extracting(hit -> hit.getElement().getOuterHTML())
                .doesNotHaveDuplicates();
    }

    @Test
    void a_type_facet_filters_the_results() {
        search("q=facture&type=glossary");

        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("pn-search-type")))
                .isNotEmpty()
                .allSatisfy(kind -> assertThat(kind.getText()).isEqualTo("Glossaire"));
    }

    @Test
    void no_result_says_so_and_offers_a_way_on() {
        search("q=zqxwvk");

        assertThat(_get(H2.class, spec -> spec.withText("Aucun résultat pour «\u00a0zqxwvk\u00a0»")))
                .isNotNull();
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains("modules/premiers-pas");
    }

    @Test
    void the_form_searches_what_is_typed() {
        navigate("recherche");
        _get(TextField.class, spec -> spec.withClasses("pn-search-field")).setValue("sauvegarde");

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Rechercher")));

        assertThat(UI.getCurrent().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("recherche?q=sauvegarde");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pn-search-count"))
                        .getText())
                .contains("sauvegarde");
    }
}
