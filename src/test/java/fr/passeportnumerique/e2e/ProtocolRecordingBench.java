package fr.passeportnumerique.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.zaxxer.hikari.HikariDataSource;
import fr.passeportnumerique.IntegrationTest;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.curriculum.CurriculumService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What Chromium sends the production-mode server for each move of the learner round, written down request by request
 * (the requests in {@code protocol-recording.md}, each round-trip's answer in a file of its own), so that the load
 * generator that speaks Vaadin's protocol itself can be held to what a browser does. The learner reads each page
 * for the think time, as a person would, so that what the page sends by itself (heartbeats, activity reports) shows.
 *
 * <p>{@code mvn -Pproduction,bench verify -Dit.test=ProtocolRecordingBench [-Dbench.thinkMillis=25000]}
 */
@IntegrationTest
class ProtocolRecordingBench {

    private static final Path FOLDER = Path.of("target", "bench", "protocol-recording");
    private static final String[] MOVES = {"sign in", "catalogue", "module", "lesson", "quiz", "search"};

    private final long thinkMillis = Long.getLong("bench.thinkMillis", 25_000);

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    DataSource dataSource;

    private final StringBuilder transcript = new StringBuilder();
    private final AtomicInteger answers = new AtomicInteger();
    private volatile String move = "start";
    private volatile long startNanos;

    @Test
    void what_chromium_sends_for_each_move() throws Exception {
        Files.createDirectories(FOLDER);
        String email = TestLearners.register(accounts, "enregistrement");
        String module = curriculum.modules().get(1).slug();
        String lesson =
                curriculum.module(module).orElseThrow().lessons().getFirst().slug();
        try (ApplicationProcess server = ApplicationProcess.startInProductionMode(
                        FOLDER, ((HikariDataSource) dataSource).getJdbcUrl(), List.of(), List.of());
                Playwright playwright = Browser.playwright()) {
            com.microsoft.playwright.Browser browser = Browser.launch(playwright);
            BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(1280, 800)
                    .setBaseURL(server.baseUrl()));
            context.onRequest(this::request);
            context.onResponse(this::response);
            VirtualLearner learner = new VirtualLearner(
                    context,
                    email,
                    TestLearners.PASSWORD,
                    List.of(new VirtualLearner.Visit(module, lesson, "sauvegarde")),
                    new LoadRecorder());
            startNanos = System.nanoTime();
            for (String next : MOVES) {
                move = next;
                note("\n## " + next + "\n");
                learner.act();
                move = next + " (reading)";
                Thread.sleep(thinkMillis);
            }
            move = "sign out";
            note("\n## sign out\n");
            learner.signOut();
            learner.close();
            browser.close();
        }
        Files.writeString(FOLDER.resolve("protocol-recording.md"), transcript);
        System.out.println("[bench] protocol recorded in " + FOLDER.toAbsolutePath());
    }

    private void request(Request request) {
        String post = request.postData();
        note("%7.1f s  [%s] %s %s%s"
                .formatted(
                        seconds(),
                        move,
                        request.method(),
                        request.url().replaceFirst("^https?://[^/]+", ""),
                        post == null ? "" : "\n    " + post.replace("\n", "\n    ")));
    }

    private void response(Response response) {
        if (!response.url().contains("v-r=")
                && !"document".equals(response.request().resourceType())) {
            return;
        }
        int number = answers.incrementAndGet();
        try {
            String body = response.text();
            Files.writeString(FOLDER.resolve("%03d-answer.txt".formatted(number)), body);
            note("%7.1f s  [%s] answer %03d: %d, %d characters"
                    .formatted(seconds(), move, number, response.status(), body.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException noBody) {
            note("%7.1f s  [%s] answer %03d: %d (no body: redirect)"
                    .formatted(seconds(), move, number, response.status()));
        }
    }

    private synchronized void note(String line) {
        transcript.append(line).append('\n');
    }

    private double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
