package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.account.DemoAccounts;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Vaadin's components say by themselves (a password's reveal button, a grid's sorters, the sign-in form's
 * messages, a multiple choice's announcements, an upload's buttons) is said in the page's language: a French page
 * has no English left for a screen reader, and an English page speaks English.
 */
class BuiltInTextsE2E extends BrowserTest {

    /** Vaadin's own English texts, as its components write them when nobody translates them. */
    private static final Pattern ENGLISH = Pattern.compile("Show password|Sort by|Log in|Username|is required"
            + "|Selection cleared|added to selection|Upload Files?\\.\\.\\.|Drop files? here|More options"
            + "|\\bToday\\b|\\bCancel\\b|\\bConfirm\\b|Select all|\\bRemove\\b|\\bRetry\\b");

    /** Every text a screen reader may read: the page's text and the labels, titles and placeholders, shadow DOM too. */
    private static final String SPOKEN_TEXTS = """
            () => {
              const texts = [document.body.innerText];
              const visit = (root) => root.querySelectorAll('*').forEach((element) => {
                for (const name of ['aria-label', 'aria-roledescription', 'title', 'placeholder']) {
                  const value = element.getAttribute(name);
                  if (value) {
                    texts.push(value);
                  }
                }
                if (element.shadowRoot) {
                  visit(element.shadowRoot);
                }
              });
              visit(document);
              return texts;
            }""";

    @Test
    void the_sign_in_page_speaks_french_then_english_once_chosen() {
        Page page = open(1366, 900);
        page.navigate("/connexion");

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher le mot de passe")))
                .isVisible();
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        assertThat(page.getByText("Indiquez votre adresse e-mail")).isVisible();
        assertThat(page.getByText("Indiquez votre mot de passe")).isVisible();
        assertNoEnglish(page, "sign-in page");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("h1")).hasText("Sign in");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show password")))
                .isVisible();
    }

    @Test
    void a_staff_grid_sorts_in_french() {
        Page page = open(1366, 900);
        signIn(page, "accueil@example.org", DemoAccounts.PASSWORD);
        page.navigate("/accueil/tableau-de-bord");

        assertThat(page.locator("vaadin-grid-sorter").first())
                .hasAttribute("aria-label", Pattern.compile("^Trier par \\S"));
        waitForServer(page);
        assertNoEnglish(page, "welcome point dashboard");
    }

    @Test
    void an_experts_multiple_choices_and_a_trainers_upload_speak_french() {
        Page expert = open(1366, 900);
        signIn(expert, "expert@example.org", DemoAccounts.PASSWORD);
        expert.navigate("/espace-expert/fiche");
        assertThat(expert.locator("h1")).hasText("Ma fiche d’expert");
        waitForServer(expert);
        assertThat(i18n(expert, "vaadin-multi-select-combo-box", "selected")).containsOnly("ajouté à la sélection");
        assertNoEnglish(expert, "expert's profile");

        Page trainer = open(1366, 900);
        signIn(trainer, "formateur@example.org", DemoAccounts.PASSWORD);
        trainer.navigate("/atelier");
        assertThat(trainer.locator("vaadin-upload")).isVisible();
        waitForServer(trainer);
        assertThat(i18n(trainer, "vaadin-upload", "file.remove")).containsOnly("Retirer");
        assertNoEnglish(trainer, "authoring workshop");
    }

    /** The value of one text of every component with this tag (a dotted path in its {@code i18n} property). */
    @SuppressWarnings("unchecked")
    private static List<String> i18n(Page page, String tag, String path) {
        return (List<String>) page.evaluate(
                "([tag, path]) => [...document.querySelectorAll(tag)]"
                        + ".map((e) => path.split('.').reduce((texts, key) => texts && texts[key], e.i18n))",
                List.of(tag, path));
    }

    @SuppressWarnings("unchecked")
    private static void assertNoEnglish(Page page, String what) {
        List<String> texts = (List<String>) page.evaluate(SPOKEN_TEXTS);
        assertThat(texts)
                .as("Vaadin's English texts on the " + what)
                .noneMatch(text -> ENGLISH.matcher(text).find());
    }
}
