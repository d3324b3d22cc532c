package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.account.DemoAccounts;
import java.nio.file.Path;
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
    }
}
