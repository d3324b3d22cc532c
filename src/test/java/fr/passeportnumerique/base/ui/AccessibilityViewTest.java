package fr.passeportnumerique.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import fr.passeportnumerique.ComponentTestSupport;
import fr.passeportnumerique.base.PasseportProperties;
import fr.passeportnumerique.base.markdown.MarkdownRenderer;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The accessibility statement follows the RGAA's model in both languages and names a way to report a problem. */
class AccessibilityViewTest extends ComponentTestSupport {

    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    /** The sections of the RGAA's model of a statement, in its order. */
    private static final List<String> RGAA_SECTIONS = List.of(
            "État de conformité",
            "Résultats des tests",
            "Contenus non accessibles",
            "Établissement de cette déclaration",
            "Retour d’information et contact",
            "Voies de recours",
            "Plan d’action");

    @Test
    void the_french_statement_has_the_sections_of_the_rgaa_model_in_order() {
        assertThat(sections(Locale.FRENCH)).containsExactlyElementsOf(RGAA_SECTIONS);
    }

    @Test
    void the_english_statement_has_the_same_outline_as_the_french_one() {
        assertThat(outline(Locale.ENGLISH)).isEqualTo(outline(Locale.FRENCH));
        assertThat(sections(Locale.ENGLISH))
                .containsExactly(
                        "Compliance status",
                        "Test results",
                        "Non-accessible content",
                        "Preparation of this statement",
                        "Feedback and contact",
                        "Remedies",
                        "Action plan");
    }

    @Test
    void both_languages_say_the_site_is_not_compliant_and_give_the_defenseur_des_droits_means() {
        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            String text = MarkdownPage.text(AccessibilityView.PATH, language);
            assertThat(text)
                    .containsAnyOf("**non conforme**", "**not compliant**")
                    .contains("https://formulaire.defenseurdesdroits.fr/")
                    .contains("https://www.defenseurdesdroits.fr/carte-des-delegues")
                    .contains("09 69 39 00 00")
                    .contains("Libre réponse 71120, 75342 Paris CEDEX 07")
                    .contains("{contact}", "{site}");
        }
    }

    @Test
    void the_contact_is_the_configured_address_or_accessibilite_at_the_sites_domain() {
        assertThat(AccessibilityView.contactAddress(" a11y@region.fr ", "https://passeport.example.org/"))
                .isEqualTo("a11y@region.fr");
        assertThat(AccessibilityView.contactAddress("", "https://www.passeport.example.org/"))
                .isEqualTo("accessibilite@passeport.example.org");
        assertThat(AccessibilityView.contactAddress(null, "http://localhost:8080/"))
                .isEqualTo("accessibilite@localhost");
    }

    @Test
    void the_page_shows_its_title_the_sites_address_and_a_mail_link_to_the_contact() {
        AccessibilityView view = new AccessibilityView(
                MARKDOWN, new PasseportProperties(null, null, "https://passeport.example.org"), "");
        UI.getCurrent().add(view);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Déclaration d’accessibilité");
        Document shown = Jsoup.parse(_get(view, Div.class).getElement().getProperty("innerHTML"));
        assertThat(shown.select("a[href=mailto:accessibilite@passeport.example.org]")
                        .text())
                .isEqualTo("accessibilite@passeport.example.org");
        assertThat(shown.text()).contains("https://passeport.example.org/").doesNotContain("{site}", "{contact}");
        assertThat(view.getPageTitle()).startsWith("Déclaration d’accessibilité");
    }

    private static List<String> sections(Locale language) {
        return MARKDOWN.headings(MarkdownPage.text(AccessibilityView.PATH, language)).stream()
                .filter(heading -> heading.level() == 2)
                .map(MarkdownRenderer.Heading::text)
                .toList();
    }

    /** The level of each heading, in order: the same sections and subsections in both languages. */
    private static List<Integer> outline(Locale language) {
        return MARKDOWN.headings(MarkdownPage.text(AccessibilityView.PATH, language)).stream()
                .map(MarkdownRenderer.Heading::level)
                .toList();
    }
}
