package fr.passeportnumerique.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.IntegrationTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/** End-to-end tests: the whole application, Debian's Chromium, and axe-core on the pages that matter. */
@IntegrationTest
abstract class BrowserTest {

    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    @LocalServerPort
    int port;

    private final List<String> policyViolations = new CopyOnWriteArrayList<>();

    /** The security policy the server sends must let every page work: Chromium reports what it blocks. */
    @AfterEach
    void nothingBlockedByTheContentSecurityPolicy() {
        assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
    }

    @BeforeAll
    static void openBrowser() {
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    /** A fresh browser window (no cookies) of the given size on the application. */
    Page open(int width, int height) {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(width, height)
                        .setBaseURL("http://localhost:" + port))
                .newPage();
        page.setDefaultTimeout(30_000);
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        return page;
    }

    /** Signs in through the sign-in page and waits to leave it. */
    static void signIn(Page page, String email, String password) {
        page.navigate("/connexion");
        fillSignInForm(page, email, password);
    }

    /** Fills and sends the sign-in form on the page shown, and waits to leave it. */
    static void fillSignInForm(Page page, String email, String password) {
        page.getByLabel("Adresse e-mail").fill(email);
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit]").click();
        page.waitForURL(url -> !url.contains("/connexion"));
    }

    /**
     * Clicks « J’ai terminé cette leçon ». Scrolling to the button can bring the end of the text into view, and the
     * page then finishes the lesson by itself (the learner has read it) and shows « Leçon terminée » in the button's
     * place: the click has nothing left to do, and the lesson ends the same way. Callers check that it did.
     */
    /** Types an option's text into a combo box and picks it from the list. */
    static void choose(Page page, String label, String option) {
        page.getByLabel(label).fill(option);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(option))
                .click();
    }

    /**
     * Until Vaadin's client has no request under way: Vaadin's own test for a client at rest, the one its testing
     * tools use, asked every 50 ms (animation frames, the default, may not come to a window the browser does not show).
     */
    static void waitForServer(Page page) {
        page.waitForFunction(
                "() => { const clients = window.Vaadin && window.Vaadin.Flow"
                        + " && window.Vaadin.Flow.clients; return !!clients && Object.values(clients)"
                        + ".every(client => !client.isActive || !client.isActive()); }",
                null,
                new Page.WaitForFunctionOptions().setPollingInterval(50));
    }

    static void finishLesson(Page page) {
        try {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("J’ai terminé cette leçon"))
                    .click(new Locator.ClickOptions().setTimeout(5_000));
        } catch (TimeoutError finishedByReading) {
            // See above: the page finished the lesson when the learner reached its end.
        }
    }

    static void assertAccessible(Page page, String what) {
        assertThat(Browser.accessibilityViolations(page))
                .as("WCAG 2.1 AA violations on the " + what)
                .isEmpty();
    }
}
