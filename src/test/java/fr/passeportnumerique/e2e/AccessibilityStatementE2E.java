package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The accessibility statement is one footer link away from any page, and what it says was checked is checked: the
 * public pages it lists pass axe-core, and a learner's pages reflow at 200 % zoom without scrolling sideways.
 */
class AccessibilityStatementE2E extends BrowserTest {

    private static final String FOOTER_LINK = "Accessibilité : non conforme";

    @Autowired
    AccountService accounts;

    @Test
    void every_page_links_to_the_statement_from_its_footer() {
        Page page = open(1366, 900);
        for (String path : List.of("/", "/connexion", "/modules/premiers-pas/ranger-ses-fichiers", "/financement")) {
            page.navigate(path);
            assertThat(footerLink(page)).isVisible();
        }
        footerLink(page).click();
        page.waitForURL("**/accessibilite");
        assertThat(page.locator("h1")).hasText("Déclaration d’accessibilité");
        assertThat(page.locator("h2")).containsText(new String[] {
            "État de conformité",
            "Résultats des tests",
            "Contenus non accessibles",
            "Établissement de cette déclaration",
            "Retour d’information et contact",
            "Voies de recours",
            "Plan d’action"
        });
        assertThat(page.locator("a[href='mailto:accessibilite@localhost']")).isVisible();
        assertThat(page.locator("a[href='https://formulaire.defenseurdesdroits.fr/']"))
                .isVisible();
        assertAccessible(page, "accessibility statement");
    }

    @Test
    void the_public_pages_the_statement_lists_pass_axe_core() {
        Page page = open(1366, 900);
        for (String path : List.of(
                "/connexion",
                "/mot-de-passe-oublie",
                "/confidentialite",
                "/points-accueil",
                "/experts",
                "/offres",
                "/financement")) {
            page.navigate(path);
            assertThat(page.locator("h1")).isVisible();
            waitForServer(page);
            assertAccessible(page, "page " + path);
        }
    }

    /** 200 % zoom on a screen 1280 pixels wide leaves a page 640 CSS pixels wide (WCAG 1.4.4 and 1.4.10). */
    @Test
    void a_learners_pages_reflow_at_200_percent_zoom() {
        String email = TestLearners.register(accounts, "zoom");
        Page page = open(640, 450);
        signIn(page, email, TestLearners.PASSWORD);
        for (String path : List.of(
                "/",
                "/modules/premiers-pas",
                "/modules/premiers-pas/ranger-ses-fichiers",
                "/modules/premiers-pas/quiz",
                "/mon-passeport",
                "/mon-parcours",
                "/mon-espace",
                "/accessibilite")) {
            page.navigate(path);
            assertThat(page.locator("h1")).isVisible();
            waitForServer(page);
            assertThat(page.evaluate(
                            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("pixels to scroll sideways on " + path)
                    .isEqualTo(0);
        }
    }

    private static Locator footerLink(Page page) {
        return page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(FOOTER_LINK));
    }
}
