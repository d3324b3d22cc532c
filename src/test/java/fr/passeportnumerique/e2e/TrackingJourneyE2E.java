package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.account.DemoAccounts;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A welcome point's staff member finds a stuck learner on the dashboard and sends a reminder, on a phone too. */
class TrackingJourneyE2E extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_find_a_learner_to_remind_and_send_the_reminder() {
        Page page = open(1366, 900);
        signIn(page, "accueil@example.org", DemoAccounts.PASSWORD);
        page.navigate("/accueil/tableau-de-bord");

        assertThat(page.locator("h1")).hasText("Tableau de bord du point d’accueil");
        Locator toRemind = page.locator(".pn-remind-row");
        assertThat(toRemind.first()).isVisible();
        String name = toRemind.first().locator(".pn-remind-name").innerText();
        assertAccessible(page, "welcome point dashboard");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/dashboard-desktop.png"))
                .setFullPage(true));
        assertTheHeatMapIsReadable(page, "heat-map-desktop");

        toRemind.first()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer une relance à " + name))
                .click();

        assertThat(page.locator("vaadin-notification-card").first()).containsText("Relance envoyée à " + name);
        assertThat(page.locator(".pn-remind-row", new Page.LocatorOptions().setHasText(name))
                        .locator(".pn-remind-done"))
                .containsText("Relancé le");
        Integer mails = jdbc.queryForObject(
                "select count(*) from mail_outbox o join user_account a on a.email = o.recipient"
                        + " where a.full_name = ? and o.subject = 'Votre Passeport numérique vous attend'",
                Integer.class,
                name);
        assertThat(mails).isPositive();

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator(".pn-figure").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/dashboard-phone.png")));
        page.locator(".pn-heat-grid").scrollIntoViewIfNeeded();
        page.locator(".pn-heat-grid")
                .screenshot(
                        new Locator.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/heat-map-phone.png")));
    }

    /**
     * The heat map shows every module's number and every cell whole (nothing cut to "…"), and a screen reader hears
     * each module's name: in the column's header, and with each cell's state.
     */
    private static void assertTheHeatMapIsReadable(Page page, String screenshot) {
        Locator heat = page.locator(".pn-heat-grid");
        heat.scrollIntoViewIfNeeded();
        assertThat(heat.locator(".pn-cell").first()).isVisible();
        heat.screenshot(
                new Locator.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/" + screenshot + ".png")));
        Object cut = heat.evaluate("grid => [...grid.querySelectorAll('vaadin-grid-cell-content')]"
                + ".filter((content) => content.querySelector('.pn-cell, [title]') && content.offsetWidth > 0)"
                + ".filter((content) => content.scrollWidth > content.clientWidth)"
                + ".map((content) => content.textContent.trim() || content.innerHTML)");
        assertThat((java.util.List<?>) cut).as("heat map cells cut to …").isEmpty();
        assertThat(heat.locator(".pn-visually-hidden").first()).hasText(Pattern.compile("^Module 1 : \\S"));
        assertThat(heat.locator(".pn-cell[role=img]").first())
                .hasAttribute("aria-label", Pattern.compile(".+ : (Pas commencé|En cours|Quiz échoué|Terminé)$"));
    }
}
