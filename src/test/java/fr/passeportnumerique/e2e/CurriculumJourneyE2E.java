package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A person opens the catalogue, a module and a lesson, then switches to English, in a real browser. */
class CurriculumJourneyE2E extends BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/e2e-screenshots");

    @Test
    void a_person_goes_from_the_catalogue_to_a_module_and_through_its_lessons() {
        Page page = open(1366, 900);
        page.navigate("/");
        assertThat(page.locator("h1")).hasText("Prenez en main le numérique de votre entreprise");
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator(".pn-card")).hasCount(20);
        assertThat(page.locator("h2#modules")).hasText("Les 20 modules");
        assertAccessible(page, "catalogue");
        assertThat(page.locator(".pn-card vaadin-icon[icon='vaadin:clock']").first())
                .isVisible();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/catalogue-desktop.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Module 1 : Premiers pas numériques"))
                .click();
        assertThat(page.locator("h1")).hasText("Premiers pas numériques");
        assertThat(page).hasURL(Pattern.compile("/modules/premiers-pas$"));
        assertThat(page.locator(".pn-lesson-list li")).hasCount(4);
        assertAccessible(page, "module");

        page.locator(".pn-lesson-list a").nth(1).click();
        assertThat(page.locator("h1")).hasText("Fichiers et dossiers : ranger pour retrouver");
        assertThat(page.locator(".pn-eyebrow")).hasText("Module 1 · Leçon 2 sur 4");
        assertThat(page.locator(".pn-breadcrumb a")).hasCount(2);
        assertThat(page.locator(".pn-prose .pn-callout-note")).hasCount(1);
        assertThat(page.locator(".pn-prose table").first()).isVisible();
        assertThat(imagesLoaded(page)).as("every image of the lesson loads").isTrue();
        assertAccessible(page, "lesson");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("lesson-desktop.png")));

        page.locator(".pn-lesson-nav .pn-next").click();
        assertThat(page.locator("h1")).hasText("Retrouver un fichier et reconnaître son type");
        page.locator(".pn-lesson-nav .pn-previous").click();
        assertThat(page.locator("h1")).hasText("Fichiers et dossiers : ranger pour retrouver");
    }

    @Test
    void the_language_switch_turns_the_interface_to_english_and_remembers_it() {
        Page page = open(390, 844);
        page.navigate("/modules/premiers-pas/ranger-ses-fichiers");
        assertThat(page.locator(".pn-eyebrow")).hasText("Module 1 · Leçon 2 sur 4");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Menu"))
                .click();
        page.locator(".pn-language button[lang=en]").click();

        assertThat(page.locator(".pn-eyebrow")).hasText("Module 1 · Lesson 2 of 4");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator(".pn-language button[lang=en]")).hasAttribute("aria-pressed", "true");
        assertAccessible(page, "lesson in English on a phone");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("lesson-phone-en.png")));

        page.navigate("/");
        assertThat(page.locator("h1")).hasText("Take charge of your business’s digital tools");
        assertAccessible(page, "catalogue in English on a phone");
    }

    @Test
    void an_unknown_address_shows_a_friendly_page_that_leads_back() {
        Page page = open(1366, 900);
        page.navigate("/modules/module-inconnu");

        assertThat(page.locator("h1")).hasText("Page introuvable");
        assertAccessible(page, "not found");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revenir au catalogue"))
                .click();
        assertThat(page.locator("h1")).hasText("Prenez en main le numérique de votre entreprise");
    }

    /** Whether the lesson's images have all arrived within ten seconds (they load after the text is shown). */
    private static boolean imagesLoaded(Page page) {
        try {
            page.waitForFunction(
                    "() => [...document.querySelectorAll('.pn-prose img')].every(i => i.complete && i.naturalWidth > 0)"
                            + " && document.querySelectorAll('.pn-prose img').length > 0",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
            return true;
        } catch (com.microsoft.playwright.TimeoutError notLoaded) {
            return false;
        }
    }
}
