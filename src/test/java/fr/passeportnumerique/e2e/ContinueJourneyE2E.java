package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.LessonSummary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner reads half a lesson and leaves; "Continuer" on the home page brings them back to that lesson, scrolled
 * to where they were; reading to the end marks the lesson done; the progress page shows it. Then anyone checks a
 * certificate code on the public verification page.
 */
class ContinueJourneyE2E extends BrowserTest {

    private static final String MODULE = "premiers-pas";

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Test
    void continuer_returns_to_the_place_left_and_reading_to_the_end_finishes_the_lesson() {
        String email = TestLearners.register(accounts, "celine");
        List<LessonSummary> lessons = curriculum.module(MODULE).orElseThrow().lessons();
        String lesson = lessons.get(1).slug();
        Page page = open(1366, 900);
        signIn(page, email, TestLearners.PASSWORD);

        page.navigate("/modules/" + MODULE + "/" + lesson);
        assertThat(page.locator("h1")).hasText(lessons.get(1).title());
        page.locator(".pn-activity-tracker").waitFor();
        page.evaluate("window.scrollTo(0, (document.scrollingElement.scrollHeight - innerHeight) * 0.5)");
        page.mouse().move(200, 200);
        // The page reports every 15 seconds; wait for one report.
        page.waitForTimeout(16_500);

        page.navigate("/");
        Locator continuer = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continuer"));
        assertThat(continuer).hasAttribute("href", "modules/" + MODULE + "/" + lesson);
        assertAccessible(page, "home page of a learner");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/continuer-desktop.png")));

        continuer.click();
        page.waitForURL(url -> url.endsWith("/modules/" + MODULE + "/" + lesson));
        page.waitForFunction("() => window.scrollY > 300");
        double scrolled = ((Number)
                        page.evaluate("window.scrollY / (document.scrollingElement.scrollHeight - innerHeight)"))
                .doubleValue();
        assertThat(scrolled).isBetween(0.35, 0.65);

        page.waitForTimeout(700);
        page.evaluate("window.scrollTo(0, document.scrollingElement.scrollHeight)");
        assertThat(page.getByText("Leçon terminée.")).isVisible();

        page.navigate("/mon-parcours");
        assertThat(page.locator("h1")).hasText("Mon parcours");
        assertThat(page.locator(".pn-progress-row").first()).containsText("1 leçon lue sur 4");
        assertAccessible(page, "progress page");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/progress-desktop.png"))
                .setFullPage(true));
    }

    @Test
    void anyone_checks_a_certificate_code_and_hears_when_it_is_unknown() {
        Page page = open(390, 844);
        page.navigate("/verifier");
        page.getByLabel("Code du certificat").fill("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier"))
                .click();

        assertThat(page.locator("h2.pn-verification-title")).hasText("Aucun certificat ne correspond à ce code");
        assertAccessible(page, "verification page");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/verify-phone.png")));
    }
}
