package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An expert corrects their contact: a wrong address is refused next to its field, in French, by the contact's own
 * constraints (Vaadin's BeanValidationBinder), and a right one is saved. Checked on a phone and a desktop.
 */
class ExpertProfileE2E extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_wrong_email_is_refused_next_to_its_field_and_a_right_one_is_saved() {
        String expert = expertAccount();
        Page phone = open(390, 844);
        signIn(phone, expert, TestLearners.PASSWORD);
        phone.navigate("/espace-expert/fiche");
        assertThat(phone.locator("h1")).hasText("Ma fiche d’expert");

        phone.getByLabel("Adresse e-mail").fill("contact@");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer ma fiche"))
                .click();

        assertThat(phone.locator("vaadin-email-field[invalid]")).containsText("adresse e-mail valide");
        assertThat(phone.getByText("Rien n’est enregistré : corrigez les champs signalés."))
                .isVisible();
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/expert-profile-phone.png"))
                .setFullPage(true));
        assertAccessible(phone, "expert profile with an error");

        phone.getByLabel("Adresse e-mail").fill("contact@exemple-numerique.fr");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer ma fiche"))
                .click();
        assertThat(phone.getByText("Votre fiche est enregistrée.")).isVisible();
        assertThat(phone.locator("vaadin-email-field[invalid]")).hasCount(0);

        Page desktop = open(1366, 900);
        signIn(desktop, expert, TestLearners.PASSWORD);
        desktop.navigate("/espace-expert/fiche");
        assertThat(desktop.getByLabel("Adresse e-mail")).hasValue("contact@exemple-numerique.fr");
        desktop.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/expert-profile-desktop.png"))
                .setFullPage(true));
    }

    @Test
    void the_public_profile_on_a_desktop_passes_the_accessibility_check() {
        long expert = jdbc.queryForObject(
                "select min(id) from expert where suspended = false and accredited_until > current_date", Long.class);
        Page desktop = open(1366, 900);
        desktop.navigate("/experts/" + expert);

        assertThat(desktop.locator("#accreditation")).isVisible();
        desktop.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/expert-public-desktop.png"))
                .setFullPage(true));
        assertAccessible(desktop, "public expert profile");
        assertThat(desktop.locator("a[href^=mailto]")).hasCSS("text-decoration-line", "underline");
    }

    /** A new account with the expert role, running the first expert that no account runs yet. */
    private String expertAccount() {
        String email = TestLearners.register(accounts, "fiche");
        long account = TestLearners.accountId(jdbc, email);
        jdbc.update("insert into user_account_role (account_id, role) values (?, ?)", account, AppRoles.EXPERT);
        long expertId = jdbc.queryForObject(
                "select min(id) from expert where account_id is null and suspended = false", Long.class);
        jdbc.update("update expert set account_id = ? where id = ?", account, expertId);
        return email;
    }
}
