package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The quiz's choices stay in the page, and still survive the learner leaving before « Valider »: they travel with the
 * page's activity report, and with a router link followed, in the same round-trip.
 */
class QuizAnswersKeptE2E extends BrowserTest {

    private static final String QUIZ = "/modules/premiers-pas/quiz";

    @Autowired
    AccountService accounts;

    @Test
    void answers_given_are_found_again_after_a_report_and_after_following_a_link() {
        String email = TestLearners.register(accounts, "garance");
        Page page = open(1366, 900);
        signIn(page, email, TestLearners.PASSWORD);
        page.navigate(QUIZ);
        firstChoiceQuestion(page).check();

        page.waitForRequest(
                request -> request.postData() != null && request.postData().contains("\"pn-keep\""),
                new Page.WaitForRequestOptions().setTimeout(30_000),
                () -> {});
        waitForServer(page);
        page.reload();
        assertThat(firstChoiceQuestion(page)).isChecked();

        choices(page).nth(1).check();
        page.locator("a[router-link]").first().click();
        page.waitForURL(url -> !url.contains("/quiz"));
        waitForServer(page);
        page.navigate(QUIZ);
        assertThat(choices(page).nth(1)).isChecked();
        assertThat(firstChoiceQuestion(page)).not().isChecked();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/e2e-screenshots/quiz-desktop.png"))
                .setFullPage(false));

        Page phone = open(390, 844);
        signIn(phone, email, TestLearners.PASSWORD);
        phone.navigate(QUIZ);
        assertThat(choices(phone).nth(1)).isChecked();
        assertAccessible(phone, "quiz on a phone");
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/quiz-phone.png")));
    }

    /** The radio buttons of the first question that has some. */
    private static Locator choices(Page page) {
        return page.locator(".pn-question:has(input[type=radio])").first().getByRole(AriaRole.RADIO);
    }

    private static Locator firstChoiceQuestion(Page page) {
        return choices(page).first();
    }
}
