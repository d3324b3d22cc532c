package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sign-in page has one main heading, and a failed sign-in keeps the e-mail address typed. */
class SignInPageE2E extends BrowserTest {

    /** The texts of the level-1 headings a person can see, shadow roots included (the form's own title is in one). */
    private static final String MAIN_HEADINGS = """
            () => {
              const found = [];
              const walk = root => root.querySelectorAll('*').forEach(element => {
                if (element.shadowRoot) walk(element.shadowRoot);
                const level = element.getAttribute('role') === 'heading'
                    ? element.getAttribute('aria-level')
                    : /^H[1-6]$/.test(element.tagName) ? element.tagName.substring(1) : null;
                if (level === '1' && element.checkVisibility()) found.push(element.textContent.trim());
              });
              walk(document);
              return found;
            }""";

    @Autowired
    AccountService accounts;

    @Test
    void the_sign_in_page_has_a_single_main_heading() {
        Page page = open(1366, 900);
        page.navigate("/connexion");
        assertThat(page.locator("h1.pn-title")).hasText("Se connecter");

        Assertions.assertThat(mainHeadings(page)).containsExactly("Se connecter");
    }

    @Test
    void a_wrong_password_keeps_the_email_address_typed() {
        String email = TestLearners.register(accounts, "distrait");
        Page page = open(390, 844);
        page.navigate("/connexion");
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill("Pas-Le-Bon-Mot-De-Passe-2027");
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();

        page.waitForURL(url -> url.contains("/connexion?error"));
        assertThat(page.getByText("Connexion impossible")).isVisible();
        assertThat(page.getByLabel("Adresse e-mail")).hasValue(email);
        assertThat(page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("");
        Assertions.assertThat(mainHeadings(page)).containsExactly("Se connecter");
        assertAccessible(page, "sign-in page after a failure");
    }

    @SuppressWarnings("unchecked")
    private static List<String> mainHeadings(Page page) {
        return (List<String>) page.evaluate(MAIN_HEADINGS);
    }
}
