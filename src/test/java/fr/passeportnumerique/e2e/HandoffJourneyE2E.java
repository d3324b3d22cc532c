package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.TestGraduates;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.handoff.ExpertMatch;
import fr.passeportnumerique.handoff.HandoffService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A graduate asks the expert recommended first, with consent; the expert accepts in their space with a message; the
 * graduate sees the answer. Accessibility is checked on both spaces.
 */
class HandoffJourneyE2E extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    HandoffService handoff;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_graduate_asks_an_expert_who_accepts_and_the_graduate_sees_it() {
        String graduate = TestLearners.register(accounts, "hugo");
        TestGraduates.graduate(jdbc, curriculum, graduate);
        ExpertMatch first = SignedIn.as(graduate, AppRoles.LEARNER, () -> handoff.recommendations())
                .orElseThrow()
                .experts()
                .getFirst();
        String expertName = first.expert().companyName();
        String expert = expertAccountFor(first.expert().id());

        Page learnerPage = open(1366, 900);
        signIn(learnerPage, graduate, TestLearners.PASSWORD);
        learnerPage.navigate("/mon-accompagnement");
        assertThat(learnerPage.locator("h1")).hasText("Mon accompagnement");
        assertThat(learnerPage.locator("#voie-financement")).containsText("crédit classique");
        assertAccessible(learnerPage, "learner's support page");
        learnerPage.getByLabel("Contacter " + expertName).check();
        learnerPage.getByLabel("Votre message aux experts (facultatif)").fill("Nous voulons une sauvegarde fiable.");
        learnerPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande"))
                .click();
        assertThat(learnerPage.getByText("Cochez la case d’accord")).isVisible();
        learnerPage.locator("#consentement").click();
        learnerPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma demande"))
                .click();
        assertThat(learnerPage.locator("#mes-demandes")).containsText(expertName);
        assertThat(learnerPage.locator("#mes-demandes")).containsText("Envoyée");
        learnerPage.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/handoff-learner-desktop.png"))
                .setFullPage(true));

        Page expertPage = open(390, 844);
        signIn(expertPage, expert, TestLearners.PASSWORD);
        expertPage.navigate("/espace-expert");
        assertThat(expertPage.locator("h1")).hasText("Espace expert");
        assertThat(expertPage.locator(".pn-incoming")).containsText("Nous voulons une sauvegarde fiable.");
        assertAccessible(expertPage, "expert space");
        expertPage.getByLabel("Votre message à l’entreprise (facultatif)").fill("Je vous appelle lundi.");
        expertPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter"))
                .click();
        assertThat(expertPage.getByText("Demandes en cours (1)")).isVisible();
        expertPage.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/handoff-expert-phone.png"))
                .setFullPage(true));

        learnerPage.reload();
        assertThat(learnerPage.locator("#mes-demandes")).containsText("Acceptée");
        assertThat(learnerPage.locator("#mes-demandes")).containsText("Je vous appelle lundi.");
    }

    /** A new account with the expert role, linked to the expert's profile. */
    private String expertAccountFor(long expertId) {
        String email = TestLearners.register(accounts, "expert");
        long account = TestLearners.accountId(jdbc, email);
        jdbc.update("insert into user_account_role (account_id, role) values (?, ?)", account, AppRoles.EXPERT);
        jdbc.update("update expert set account_id = ? where id = ?", account, expertId);
        return email;
    }
}
