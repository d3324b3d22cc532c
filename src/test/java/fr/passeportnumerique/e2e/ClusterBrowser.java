package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.concurrent.Callable;

/**
 * Chromium on one application node of a cluster, as a trainer publishing or anyone searching: for the fault runs,
 * which address each node directly. One instance per thread (Playwright is not shared between threads).
 */
public final class ClusterBrowser implements AutoCloseable {

    /** The nodes share two cores with the databases and the learners' load: answers take seconds at times. */
    private static final double PATIENCE = 60_000;

    private final Playwright playwright = Browser.playwright();
    private final com.microsoft.playwright.Browser browser = Browser.launch(playwright);

    /** A trainer signed in on the node at {@code nodeUrl}, with the lesson's draft saved with a sentence added. */
    public Page draftWithSentence(
            String nodeUrl, String email, String password, String module, String lessonFile, String sentence) {
        Page page = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                        .setViewportSize(1366, 900)
                        .setBaseURL(nodeUrl))
                .newPage();
        page.setDefaultTimeout(PATIENCE);
        BrowserTest.signIn(page, email, password);
        page.navigate("/atelier/" + module + "/lecon/" + lessonFile);
        Locator text = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Texte (Markdown)"));
        text.fill(text.inputValue() + "\n\n" + sentence);
        page.locator("#save-draft").click();
        assertThat(page.locator("vaadin-notification-card").first())
                .containsText("Brouillon enregistré", new LocatorAssertions.ContainsTextOptions().setTimeout(PATIENCE));
        page.navigate("/atelier/" + module);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier le module"))
                .first()
                .click();
        return page;
    }

    /** Confirms the publication offered on the page and waits for « Module publié »; returns the seconds it took. */
    public static double confirmPublication(Page page) {
        long start = System.nanoTime();
        page.locator("vaadin-confirm-dialog[opened] [slot=confirm-button]")
                .first()
                .click();
        // A publication checks and writes the whole curriculum, and may wait for another one: seconds, not one.
        assertThat(page.locator("vaadin-notification-card").last())
                .containsText("Module publié", new LocatorAssertions.ContainsTextOptions().setTimeout(PATIENCE));
        return (System.nanoTime() - start) / 1e9;
    }

    /** Whether a search for {@code query} on the node lists any hit. */
    public boolean searchFinds(String nodeUrl, String query) {
        Page page = browser.newPage();
        try {
            page.navigate(nodeUrl + "/recherche?q=" + query);
            Locator hits = page.locator(".pn-search-hit h3 a");
            return tryFor(() -> {
                hits.first().waitFor(new Locator.WaitForOptions().setTimeout(3_000));
                return true;
            });
        } finally {
            page.close();
        }
    }

    private static boolean tryFor(Callable<Boolean> check) {
        try {
            return check.call();
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
