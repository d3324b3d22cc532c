package fr.passeportnumerique.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Timing;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * One learner in their own browser window, going round what learners do: the catalogue, a module, a lesson they
 * finish, the first module's quiz they answer and send, a search from the header. After signing in, every move is a
 * click on a router link or a control, so each one is a round-trip of the Vaadin protocol on the same UI, as for a
 * person; none is a page load.
 */
final class VirtualLearner {

    /** A module and one of its lessons, and a search a manager would type. */
    record Visit(String module, String lesson, String query) {}

    private static final String QUIZ_MODULE = "premiers-pas";
    private static final int STEPS = 5;
    private static final String SIGN_IN_LINK = "Se connecter";

    private final BrowserContext context;
    private final Page page;
    private final String email;
    private final String password;
    private final List<Visit> visits;
    private final LoadRecorder recorder;
    private int step = -1;
    private int round;
    long nextAtNanos;

    VirtualLearner(BrowserContext context, String email, String password, List<Visit> visits, LoadRecorder recorder) {
        this.context = context;
        this.page = context.newPage();
        this.email = email;
        this.password = password;
        this.visits = visits;
        this.recorder = recorder;
        page.setDefaultTimeout(30_000);
        page.onRequestFinished(request -> {
            Timing timing = request.timing();
            double millis = timing.responseEnd - Math.max(0, timing.requestStart);
            if (request.url().contains("v-r=uidl")) {
                recorder.roundTrip(millis);
            } else if ("document".equals(request.resourceType())) {
                recorder.pageLoad(millis);
            }
        });
        page.onResponse(response -> {
            if (response.status() >= 400 && isServerWork(response.url())) {
                recorder.error(response.status() + " on " + response.url());
            }
        });
        page.onRequestFailed(request -> {
            if (isServerWork(request.url())) {
                recorder.error("failed " + request.url() + ": " + request.failure());
            }
        });
        page.onPageError(error -> recorder.error("script error: " + error));
    }

    private static boolean isServerWork(String url) {
        return url.contains("v-r=uidl") || !url.matches(".*\\.(css|js|svg|png|woff2?|ico)(\\?.*)?$");
    }

    boolean signedIn() {
        return step >= 0;
    }

    /** Does the learner's next move, timing it from the click to the page showing its answer. */
    void act() {
        long start = System.nanoTime();
        try {
            if (step < 0) {
                signIn();
            } else {
                Visit visit = visits.get(round % visits.size());
                switch (step) {
                    case 0 -> openCatalogue();
                    case 1 -> openModule(visit);
                    case 2 -> readLesson(visit);
                    case 3 -> answerQuiz();
                    default -> search(visit);
                }
            }
            recorder.action(System.nanoTime() - start);
            expectNoErrorMessage();
        } catch (RuntimeException | AssertionError e) {
            recorder.error(describeStep() + " at " + page.url() + ": " + firstLine(e.getMessage()));
            keepScreenshot();
        }
        advance();
    }

    /** What the learner saw when a move failed, in {@code target/bench/errors/}. */
    private void keepScreenshot() {
        try {
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target", "bench", "errors", email + "-" + step + ".png"))
                    .setFullPage(true));
        } catch (RuntimeException e) {
            recorder.error(describeStep() + ": no screenshot (" + firstLine(e.getMessage()) + ")");
        }
    }

    private void advance() {
        step++;
        if (step == STEPS) {
            step = 0;
            round++;
        }
    }

    private void signIn() {
        page.navigate("/connexion");
        BrowserTest.fillSignInForm(page, email, password);
        waitForServer();
    }

    private void openCatalogue() {
        follow("");
        page.locator("h1").first().waitFor();
    }

    private void openModule(Visit visit) {
        follow("modules/" + visit.module());
        page.locator("h1").first().waitFor();
    }

    private void readLesson(Visit visit) {
        follow("modules/" + visit.module() + "/" + visit.lesson());
        Locator finish =
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("J’ai terminé cette leçon"));
        finish.or(page.getByText("Leçon terminée")).first().waitFor();
        if (finish.isVisible()) {
            BrowserTest.finishLesson(page);
            page.getByText("Leçon terminée").first().waitFor();
        }
    }

    /** Picks the first choice of every single-answer question and sends the attempt. */
    private void answerQuiz() {
        follow("modules/" + QUIZ_MODULE + "/quiz");
        Locator cards = page.locator(".pn-question");
        cards.first().waitFor();
        for (int i = 0; i < cards.count(); i++) {
            Locator radios = cards.nth(i).getByRole(AriaRole.RADIO);
            if (radios.count() > 0) {
                radios.first().check();
            }
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider mes réponses"))
                .click();
        page.getByText("Votre score").first().waitFor();
        waitForServer();
    }

    private void search(Visit visit) {
        Locator field = page.locator(".pn-header-search input");
        field.fill(visit.query());
        field.press("Enter");
        page.waitForURL("**/recherche?**");
        page.locator(".pn-search-count").first().waitFor();
        waitForServer();
    }

    /**
     * Clicks a router link, as the application's own links are (the client asks the server for the view), and waits
     * until the address has changed and the client has no request in flight.
     */
    private void follow(String path) {
        page.evaluate(
                "path => { const link = document.createElement('a'); link.href = path;"
                        + " link.setAttribute('router-link', ''); document.body.appendChild(link); link.click();"
                        + " link.remove(); }",
                path);
        page.waitForURL(url -> URI.create(url).getRawPath().equals("/" + path));
        waitForServer();
    }

    private void waitForServer() {
        BrowserTest.waitForServer(page);
    }

    /** Signs out with the header's button: the server drops the learner's session. */
    void signOut() {
        try {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(SIGN_IN_LINK))
                    .first()
                    .waitFor();
        } catch (RuntimeException e) {
            recorder.error(describeStep() + ": could not sign out (" + firstLine(e.getMessage()) + ")");
        }
    }

    private void expectNoErrorMessage() {
        Locator error = page.locator("vaadin-notification-card[theme~=error]");
        if (error.count() > 0) {
            recorder.error(describeStep() + ": the page showed "
                    + firstLine(error.first().innerText()));
        }
    }

    private String describeStep() {
        return email + " step " + step;
    }

    /** Playwright's errors open with "Error {" and say what happened on their "message=" line. */
    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String what = text.lines()
                .filter(line -> line.contains("message="))
                .findFirst()
                .or(() -> text.lines().findFirst())
                .orElse("")
                .strip();
        return what
                + text.lines()
                        .filter(line -> line.contains("waiting for"))
                        .findFirst()
                        .map(line -> " (" + line.strip() + ")")
                        .orElse("");
    }

    void close() {
        context.close();
    }
}
