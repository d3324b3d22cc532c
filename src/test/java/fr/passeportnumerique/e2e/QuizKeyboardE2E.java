package fr.passeportnumerique.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A quiz taken with the keyboard alone: after « Monter » or « Descendre » the focus stays on the step moved, and after
 * « Valider mes réponses » it is on the result's heading, after « Recommencer le quiz » on the new quiz's heading,
 * never back at the top of the page.
 */
class QuizKeyboardE2E extends BrowserTest {

    private static final String QUIZ = "/modules/premiers-pas/quiz";

    @Autowired
    AccountService accounts;

    @Test
    void the_focus_follows_the_step_moved_then_the_result_then_the_new_quiz() {
        Page page = open(1366, 900);
        signIn(page, TestLearners.register(accounts, "clavier"), TestLearners.PASSWORD);
        page.navigate(QUIZ);
        drawUntilAnOrderingQuestion(page);
        Locator third = page.locator(".pn-ordering li").nth(2);
        String step = third.locator("span").first().innerText();
        String up = third.locator("vaadin-button").first().getAttribute("aria-label");
        String down = third.locator("vaadin-button").last().getAttribute("aria-label");

        third.locator("vaadin-button").first().focus();
        page.keyboard().press("Enter");
        assertThat(focusOnceMovedTo(page, 1, step))
                .as("moved up to the second place")
                .isEqualTo(up);

        page.keyboard().press("Enter");
        assertThat(focusOnceMovedTo(page, 0, step))
                .as("moved up to the first place, where « Monter » is disabled")
                .isEqualTo(down);

        page.keyboard().press("Space");
        assertThat(focusOnceMovedTo(page, 1, step)).as("moved down again").isEqualTo(down);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider mes réponses"))
                .focus();
        page.keyboard().press("Enter");
        page.locator(".pn-quiz-review").waitFor();
        waitForServer(page);
        assertThat(page.evaluate("() => document.activeElement.tagName")).isEqualTo("H1");
        assertThat(page.evaluate("() => document.activeElement.getAttribute('tabindex')"))
                .isEqualTo("-1");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recommencer le quiz"))
                .focus();
        page.keyboard().press("Enter");
        page.locator(".pn-quiz-review").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        waitForServer(page);
        assertThat(page.evaluate("() => document.activeElement.tagName + ' ' + document.activeElement.textContent"))
                .as("after « Recommencer le quiz », the new quiz's heading")
                .isEqualTo("H1 Quiz du module");
    }

    /** The quiz draws ten of its questions: sends and starts again until one of them is to put in order. */
    private static void drawUntilAnOrderingQuestion(Page page) {
        Locator send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider mes réponses"));
        for (int draw = 1; ; draw++) {
            send.waitFor();
            if (page.locator(".pn-ordering").count() > 0) {
                return;
            }
            assertThat(draw).as("draws without a question to put in order").isLessThan(30);
            send.click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recommencer le quiz"))
                    .click();
        }
    }

    /** Once the page shows the step at {@code place}, the label of the element that has the focus. */
    private static Object focusOnceMovedTo(Page page, int place, String step) {
        PlaywrightAssertions.assertThat(page.locator(".pn-ordering li")
                        .nth(place)
                        .locator("span")
                        .first())
                .hasText(step);
        waitForServer(page);
        return page.evaluate("() => document.activeElement.getAttribute('aria-label')");
    }
}
