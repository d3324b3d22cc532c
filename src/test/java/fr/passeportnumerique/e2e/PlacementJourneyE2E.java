package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.curriculum.ModuleSummary;
import fr.passeportnumerique.quiz.Question;
import fr.passeportnumerique.quiz.QuizParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new learner takes stock in Chromium: the placement test from « Mon parcours », one question after another until
 * the test ends, the result, then the quiz of a module found mastered, and the stamp « Validé par le quiz ».
 */
class PlacementJourneyE2E extends BrowserTest {

    private static final int MOST_QUESTIONS = 40;

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Test
    void a_new_learner_takes_stock_then_validates_a_mastered_module_by_its_quiz() {
        Page page = open(1366, 900);
        signIn(page, TestLearners.register(accounts, "positionnement"), TestLearners.PASSWORD);
        page.navigate("/mon-parcours");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Faire le point").setExact(true))
                .click();
        assertThat(page.locator("h1")).hasText("Faire le point");
        assertAccessible(page, "placement test's introduction");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commencer le test"))
                .click();

        answerUntilTheResult(page, bank());

        assertThat(page.locator("h1")).hasText("Votre point de départ");
        assertThat(page.locator(".pn-level-acquis")).isVisible();
        assertAccessible(page, "placement result");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "placement-result-desktop.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        assertAccessible(page, "placement result on a phone");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "placement-result-phone.png"))
                .setFullPage(true));
        page.setViewportSize(1366, 900);
        Locator mastered = page.locator(".pn-level-acquis .pn-placement-module").first();
        String title = mastered.locator("h3").innerText();
        mastered.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Valider par le quiz"))
                .click();

        assertThat(page.locator("h1")).hasText("Quiz du module");
        Locator cards = page.locator(".pn-question");
        for (int i = 0; i < cards.count(); i++) {
            QuizAnswers.answerRightly(cards.nth(i), bank());
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider mes réponses"))
                .click();
        assertThat(page.locator("h1")).hasText("Bravo, quiz réussi !".replace(" !", "\u00a0!"));

        page.navigate("/mon-passeport");
        assertThat(page.locator(".pn-stamp-done")).hasCount(1);
        assertThat(page.locator(".pn-stamp-done")).containsText(title);
        assertThat(page.locator(".pn-stamp-done")).containsText("Validé par le quiz le");
    }

    /** Answers each question shown, rightly, until the result page; no more than the test's most questions. */
    private static void answerUntilTheResult(Page page, List<Question> bank) {
        for (int asked = 1; !page.url().endsWith("/positionnement/resultat"); asked++) {
            if (asked > MOST_QUESTIONS) {
                throw new AssertionError("More than " + MOST_QUESTIONS + " questions");
            }
            assertThat(page.locator(".pn-question h2")).hasText("Question " + asked);
            if (asked == 1) {
                assertAccessible(page, "placement question");
                page.setViewportSize(390, 844);
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target", "screenshots", "placement-question-phone.png"))
                        .setFullPage(true));
                page.setViewportSize(1366, 900);
            }
            QuizAnswers.answerRightly(page.locator(".pn-question"), bank);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider ma réponse"))
                    .click();
            String next = "Question " + (asked + 1);
            page.waitForFunction(
                    "next => location.pathname.endsWith('/positionnement/resultat')"
                            + " || [...document.querySelectorAll('.pn-question h2')].some(h => h.textContent === next)",
                    next);
        }
    }

    private List<Question> bank() {
        List<Question> questions = new ArrayList<>();
        for (ModuleSummary module : curriculum.modules()) {
            curriculum
                    .quizSource(module.slug())
                    .ifPresent(
                            source -> questions.addAll(QuizParser.parse(source).questions()));
        }
        return questions;
    }
}
