package fr.passeportnumerique.base.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** The HTML without the white space between tags, which browsers ignore anyway. */
    private String render(String markdown) {
        return renderer.render(markdown, UnaryOperator.identity()).replaceAll(">\\s+<", "><");
    }

    @Test
    void raw_html_is_shown_as_text_and_never_runs() {
        String html = render("Bonjour <script>alert('x')</script> <img src=x onerror=alert(1)>");

        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, img")).isEmpty();
        assertThat(page.getAllElements())
                .allSatisfy(element -> assertThat(element.attributes().asList())
                        .noneMatch(attribute -> attribute.getKey().startsWith("on")));
        assertThat(page.text()).contains("<script>alert('x')</script>");
    }

    @Test
    void javascript_links_are_dropped() {
        String html = render("[cliquez](javascript:alert(1)) et ![x](javascript:alert(2))");

        assertThat(html).doesNotContain("javascript:");
    }

    @Test
    void headings_lists_tables_and_emphasis_are_typeset() {
        String html = render("## Titre\n\n- un\n- deux\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n**gras**");

        assertThat(html).contains("<h2 id=\"section-titre\">Titre</h2>");
        assertThat(html).contains("<ul><li>un</li>");
        assertThat(html).contains("<div class=\"pn-table-wrap\"");
        assertThat(html).contains("<strong>gras</strong>");
    }

    @Test
    void a_table_scrolls_in_a_region_the_keyboard_reaches_named_by_its_sections_heading() {
        Document page = Jsoup.parseBodyFragment(render(
                "| A | B |\n|---|---|\n| 1 | 2 |\n\n## Les données\n\n| Données | Durée |\n|---|---|\n| nom | 1 an |"));

        var wraps = page.select("div.pn-table-wrap");
        assertThat(wraps).hasSize(2).allSatisfy(wrap -> {
            assertThat(wrap.attr("role")).isEqualTo("region");
            assertThat(wrap.attr("tabindex")).isEqualTo("0");
            assertThat(wrap.child(0).normalName()).isEqualTo("table");
        });
        assertThat(wraps.get(0).attr("aria-label")).isEqualTo("A, B");
        assertThat(wraps.get(1).attr("aria-labelledby"))
                .isNotEmpty()
                .isEqualTo(page.selectFirst("h2").id());
    }

    @Test
    void an_alert_with_a_title_becomes_a_callout_with_that_title_and_its_text() {
        String html = render("> [!WARNING] Le Bureau n'est pas un placard\n> Rangez chaque soir.");

        assertThat(html)
                .contains("<div role=\"note\" class=\"pn-callout pn-callout-warning\">")
                .contains("<p class=\"pn-callout-title\">Le Bureau n'est pas un placard</p>")
                .contains("<p>Rangez chaque soir.</p>")
                .doesNotContain("[!WARNING]")
                .doesNotContain("blockquote");
    }

    @Test
    void an_alert_without_a_title_gets_the_default_title_of_its_kind() {
        String html = render("> [!TIP]\n> - faire ceci\n> - puis cela");

        assertThat(html).contains("<p class=\"pn-callout-title\">Astuce</p><ul>");
    }

    @Test
    void a_plain_quote_stays_a_quote() {
        assertThat(render("> Une citation")).contains("<blockquote>");
    }

    @Test
    void image_sources_go_through_the_given_mapping() {
        String html = renderer.render("![Un schéma](media/plan.svg)", src -> "/media/module/" + src.substring(6));

        assertThat(html).contains("<img src=\"/media/module/plan.svg\" alt=\"Un schéma\">");
    }

    @Test
    void images_are_listed_with_their_alternative_text_and_line() {
        var images = renderer.references("Intro\n\nTexte\n\n![Plan des dossiers](media/plan.svg)\n\n![](media/b.png)")
                .images();

        assertThat(images)
                .containsExactly(
                        new ImageReference("media/plan.svg", "Plan des dossiers", 5),
                        new ImageReference("media/b.png", "", 7));
    }

    @Test
    void links_are_listed_with_their_line() {
        var links = renderer.references("Voir [le module](/modules/site-web).\n\nEt https://www.cnil.fr ici.")
                .links();

        assertThat(links)
                .containsExactly(
                        new LinkReference("/modules/site-web", 1), new LinkReference("https://www.cnil.fr", 3));
    }

    @Test
    void links_inside_the_site_are_followed_by_the_router_and_others_are_not() {
        String html = render("[module](/modules/site-web) et [CNIL](https://www.cnil.fr)");

        assertThat(html)
                .contains("<a href=\"/modules/site-web\" router-link=\"\">module</a>")
                .contains("<a href=\"https://www.cnil.fr\">CNIL</a>");
    }

    @Test
    void headings_are_listed_with_the_anchor_their_rendering_carries() {
        String text = """
                ## Les styles : la **fonction** qui change tout

                ### Le `=` d'une formule

                ## Les styles : la fonction qui change tout
                """;

        List<MarkdownRenderer.Heading> headings = renderer.headings(text);
        String html = renderer.render(text, path -> path);

        assertThat(headings)
                .extracting(MarkdownRenderer.Heading::level, MarkdownRenderer.Heading::text)
                .containsExactly(
                        tuple(2, "Les styles : la fonction qui change tout"),
                        tuple(3, "Le = d'une formule"),
                        tuple(2, "Les styles : la fonction qui change tout"));
        assertThat(headings).extracting(MarkdownRenderer.Heading::anchor).doesNotHaveDuplicates();
        for (MarkdownRenderer.Heading heading : headings) {
            assertThat(html).contains("id=\"" + heading.anchor() + "\"");
        }
    }
}
