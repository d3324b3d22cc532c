package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The privacy page on a phone: its wide table scrolls sideways in a box the keyboard reaches and a reader names. */
class PrivacyPageE2E extends BrowserTest {

    @Test
    void on_a_phone_the_table_scrolls_with_the_keyboard_and_passes_the_accessibility_check() {
        Page phone = open(390, 844);
        phone.navigate("/confidentialite");
        assertThat(phone.locator("h1")).hasText("Vos données et vos droits");

        Locator table =
                phone.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Les données que nous gardons"));
        assertThat(table).isVisible();
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/privacy-phone.png"))
                .setFullPage(true));
        assertAccessible(phone, "privacy page on a phone");

        table.focus();
        phone.keyboard().press("ArrowRight");
        phone.waitForFunction("() => document.activeElement.scrollLeft > 0");
        assertThat((Integer) table.evaluate("wrap => wrap.scrollLeft")).isPositive();
    }
}
