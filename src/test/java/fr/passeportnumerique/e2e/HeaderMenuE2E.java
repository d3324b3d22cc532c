package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.account.DemoAccounts;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * On a phone the header's links fold behind a menu button, so that a page starts within the first screen; the
 * keyboard opens the menu, follows a link and closes it with Escape. A desktop shows the links as before.
 */
class HeaderMenuE2E extends BrowserTest {

    /** The brand and the menu button on one line, the search on the next: no more, whatever the person's role. */
    private static final double FOLDED_HEADER_MAX_PX = 150;

    @Test
    void on_a_phone_the_keyboard_opens_the_menu_follows_a_link_and_escape_closes_it() {
        Page phone = open(390, 844);
        signIn(phone, "apprenant@example.org", DemoAccounts.PASSWORD);
        phone.navigate("/");
        Locator menu = phone.locator(".pn-menu-button");
        Locator navigation = phone.locator("#navigation");

        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(navigation).isHidden();
        shoot(phone, "header-phone-closed");
        assertThat(phone.locator(".pn-header").boundingBox().height).isLessThan(FOLDED_HEADER_MAX_PX);

        menu.focus();
        phone.keyboard().press("Enter");
        assertThat(menu).hasAttribute("aria-expanded", "true");
        assertThat(navigation).isVisible();
        shoot(phone, "header-phone-open");
        assertAccessible(phone, "open menu on a phone");

        phone.keyboard().press("Escape");
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(navigation).isHidden();
        assertThat(menu).isFocused();

        phone.keyboard().press("Space");
        assertThat(navigation).isVisible();
        tabTo(phone, "Experts agréés");
        phone.keyboard().press("Enter");
        phone.waitForURL(url -> url.endsWith("/experts"));
        assertThat(phone.locator("h1")).isVisible();
        assertThat(menu).hasAttribute("aria-expanded", "false");
        assertThat(navigation).isHidden();
    }

    @Test
    void an_administrators_many_links_fold_on_a_phone_and_show_on_a_desktop() {
        Page phone = open(390, 844);
        signIn(phone, "admin@example.org", DemoAccounts.PASSWORD);
        phone.navigate("/");
        assertThat(phone.locator(".pn-menu-button")).isVisible();
        shoot(phone, "header-admin-phone-closed");
        assertThat(phone.locator(".pn-header").boundingBox().height).isLessThan(FOLDED_HEADER_MAX_PX);
        phone.locator(".pn-menu-button").click();
        assertThat(phone.locator("#navigation")).isVisible();
        shoot(phone, "header-admin-phone-open");

        Page desktop = open(1366, 900);
        signIn(desktop, "admin@example.org", DemoAccounts.PASSWORD);
        desktop.navigate("/");
        assertThat(desktop.locator(".pn-menu-button")).isHidden();
        assertThat(desktop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Experts agréés")))
                .isVisible();
        shoot(desktop, "header-admin-desktop");
        assertAccessible(desktop, "catalogue on a desktop, signed in as an administrator");
    }

    /** Presses Tab until the link of that name has the focus (the menu's links come after the search field). */
    private static void tabTo(Page page, String link) {
        for (int presses = 0; presses < 20; presses++) {
            page.keyboard().press("Tab");
            if (link.equals(page.evaluate("() => document.activeElement.textContent.trim()"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached the link " + link);
    }

    private static void shoot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/" + name + ".png")));
    }
}
