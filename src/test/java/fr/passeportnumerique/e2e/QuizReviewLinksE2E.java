package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a missed quiz, each question to go over again links to the section of the lesson that teaches it; the link
 * opens the lesson at that section, on a phone as on a desktop.
 */
class QuizReviewLinksE2E extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Test
    void a_missed_question_leads_to_the_lesson_section_that_teaches_it() {
        String email = TestLearners.register(accounts, "sofiane");
        Page page = open(390, 844);
        signIn(page, email, TestLearners.PASSWORD);

        page.navigate("/modules/premiers-pas/quiz");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider mes réponses"))
                .click();
        assertThat(page.locator("h1")).hasText("Pas encore cette fois");
        Locator revisits = page.locator(".pn-revisit a");
        assertThat(revisits.first()).isVisible();
        assertThat(revisits).hasCount(page.locator(".pn-quiz-review > li").count());
        assertAccessible(page, "quiz result with review links");

        // The result settled first: a link moved by a late layout change would take the click to its neighbour.
        waitForServer(page);
        Locator toASection = revisits.filter(new Locator.FilterOptions().setHasText("», dans la leçon «"))
                .first();
        String heading = toASection.innerText().replaceFirst("^« (.*) », dans la leçon «.*$", "$1");
        toASection.click();

        assertThat(page).hasURL(Pattern.compile(".*/modules/premiers-pas/[a-z-]+#section-.+$"));
        Locator section = page.locator("h2, h3")
                .filter(new Locator.FilterOptions().setHasText(heading))
                .first();
        assertThat(section).isInViewport();
        assertThat((String) page.evaluate("() => document.activeElement.textContent"))
                .isEqualTo(heading);
    }
}
