package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A visitor types words of their own in the header's search field, sees the results, and opens one. */
class SearchJourneyE2E extends BrowserTest {

    @Test
    void typing_a_query_suggests_results_and_enter_opens_the_results_page() {
        Page page = open(1366, 900);
        page.navigate("/");
        Locator field =
                page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Rechercher dans le programme"));

        field.pressSequentially("hamecon", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator options = page.locator("vaadin-combo-box-item");
        assertThat(options.first()).isVisible();
        assertThat(options.first())
                .containsText(
                        "hameçonnage",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setIgnoreCase(true));

        field.fill("facturation électronique 2026");
        field.press("Enter");
        page.waitForURL(url -> url.contains("/recherche?q="));
        assertThat(page.locator(".pn-search-count")).containsText("facturation électronique 2026");
        assertThat(page.locator(".pn-snippet mark").first()).isVisible();
        assertThat(page.locator(".pn-search-hit")).hasCount(10);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher les 10 résultats suivants"))
                .click();
        assertThat(page.locator(".pn-search-hit")).hasCount(20);
        assertThat(page.locator(".pn-search-hit h3 a").nth(10)).isFocused();
        assertAccessible(page, "search results");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/search-desktop.png"))
                .setFullPage(true));

        Locator first = page.locator(".pn-search-hit h3 a").first();
        String title = first.innerText();
        first.click();
        assertThat(page.locator("h1")).hasText(title);
    }

    @Test
    void a_query_that_finds_nothing_says_so_with_a_way_on_on_a_phone() {
        Page page = open(390, 844);
        page.navigate("/recherche?q=zqxwvk");

        assertThat(page.locator("h2").first()).containsText("Aucun résultat");
        assertAccessible(page, "empty search");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/search-empty-phone.png")));
    }
}
