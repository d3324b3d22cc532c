package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.DiskFaults;
import fr.passeportnumerique.account.DemoAccounts;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The application, run as its own JVM, is killed with SIGKILL while a learner uses it, then started again on the same
 * data folder: it starts without a hand on it, what the learner committed is there, a submission in flight was
 * either recorded whole or not at all, and the search index answers with the content version it had. Killed once
 * more, with its index damaged while it is down, it builds the index again by itself.
 */
class CrashRecoveryE2E {

    private static final String LEARNER = "apprenant@example.org";
    private static final String MODULE = "premiers-pas";
    private static final String LESSON = "choisir-ses-appareils";
    private static final int KILLED_BY_SIGKILL = 128 + 9;

    private final List<ApplicationProcess> applications = new ArrayList<>();
    private final Path folder =
            Path.of("target", "crash-recovery", UUID.randomUUID().toString());
    private final Path data = folder.resolve("data");
    private Playwright playwright;
    private com.microsoft.playwright.Browser browser;

    /** The logs stay in the run's folder; its data (half a gigabyte, the unpacked server included) goes. */
    @AfterEach
    void stopEverythingStarted() throws IOException {
        if (playwright != null) {
            playwright.close();
        }
        applications.forEach(ApplicationProcess::close);
        FileSystemUtils.deleteRecursively(data);
    }

    @Test
    void a_killed_application_restarts_with_the_committed_progress_and_a_sound_search_index() throws Exception {
        ApplicationProcess first = start("1-first-run");
        Page page = openBrowserOn(first);
        learnerCompletesALessonAndFailsTheQuiz(page);
        String indexedVersion = indexedContentVersion();
        button(page, "Recommencer le quiz").click();
        button(page, "Valider mes réponses").click(); // sent just before the kill: recorded whole or not at all

        assertThat(first.kill()).as("exit status of a SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
        assertThat(first.children()).as("the embedded MariaDB outlives its JVM").isNotEmpty();

        ApplicationProcess second = start("2-after-kill");
        assertThat(first.children()).as("the server left running was stopped").isEmpty();
        assertThat(second.log()).contains("was left running on this data folder", "Search index up to date");
        assertCommittedProgressIsWhole(second);
        assertSearchAnswers(second);
        assertThat(indexedContentVersion()).isEqualTo(indexedVersion);

        assertThat(second.kill()).isEqualTo(KILLED_BY_SIGKILL);
        DiskFaults.damageTheMiddleOfTheLargestFile(data.resolve("search-index"));

        ApplicationProcess third = start("3-after-kill-with-a-damaged-index");
        assertThat(third.log()).contains("is unreadable", "Search index built");
        assertSearchAnswers(third);
        assertThat(indexedContentVersion()).isEqualTo(indexedVersion);
        assertCommittedProgressIsWhole(third);
    }

    private ApplicationProcess start(String name) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        ApplicationProcess application = ApplicationProcess.start(data, folder.resolve(name + ".log"));
        applications.add(application);
        return application;
    }

    private Page openBrowserOn(ApplicationProcess application) {
        playwright = Browser.playwright();
        browser = Browser.launch(playwright);
        Page page = browser.newContext(
                        new com.microsoft.playwright.Browser.NewContextOptions().setBaseURL(application.baseUrl()))
                .newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    private static void learnerCompletesALessonAndFailsTheQuiz(Page page) {
        BrowserTest.signIn(page, LEARNER, DemoAccounts.PASSWORD);
        page.navigate("/modules/" + MODULE + "/" + LESSON);
        BrowserTest.finishLesson(page);
        assertThat(page.getByText("Leçon terminée.")).isVisible();

        page.navigate("/modules/" + MODULE + "/quiz");
        button(page, "Valider mes réponses").click();
        assertThat(page.locator("h1")).hasText("Pas encore cette fois");
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static void assertCommittedProgressIsWhole(ApplicationProcess application) throws SQLException {
        try (Connection db = DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + application.databasePort() + "/passeport", "root", "")) {
            long learner = single(db, "select id from user_account where email = '" + LEARNER + "'");
            assertThat(single(
                            db,
                            "select count(*) from lesson_completion where account_id = " + learner
                                    + " and module_slug = '" + MODULE + "' and lesson_slug = '" + LESSON + "'"))
                    .as("the lesson completed")
                    .isEqualTo(1);
            String attempts =
                    " from quiz_attempt where account_id = " + learner + " and module_slug = '" + MODULE + "'";
            assertThat(single(db, "select count(*)" + attempts + " and submitted_at is not null"))
                    .as("quiz submissions recorded")
                    .isBetween(1L, 2L);
            assertThat(single(
                            db,
                            "select count(*)" + attempts + " and not ((submitted_at is null) = (score_percent is null)"
                                    + " and (score_percent is null) = (passed is null))"))
                    .as("attempts half recorded")
                    .isZero();
            assertThat(single(
                            db,
                            "select count(*) from module_progress where account_id = " + learner
                                    + " and module_slug = '" + MODULE + "' and best_score = (select max(score_percent)"
                                    + attempts + ")"))
                    .as("the best score agrees with the submissions")
                    .isEqualTo(1);
        }
    }

    private static long single(Connection db, String query) throws SQLException {
        try (ResultSet row = db.createStatement().executeQuery(query)) {
            assertThat(row.next()).as(query).isTrue();
            return row.getLong(1);
        }
    }

    private static void assertSearchAnswers(ApplicationProcess application) throws Exception {
        assertThat(application.get("/actuator/health/readiness").body()).contains("\"UP\"");
        HttpResponse<String> hits =
                application.get("/api/search?q=" + URLEncoder.encode("hameçonnage", StandardCharsets.UTF_8));
        assertThat(hits.statusCode()).isEqualTo(200);
        assertThat(hits.body()).contains("\"moduleSlug\":\"cybersecurite\"");
    }

    /** The content version the application tagged its index's last commit with (the key is search's LuceneIndex's). */
    private String indexedContentVersion() throws IOException {
        try (Directory index = FSDirectory.open(data.resolve("search-index"))) {
            return SegmentInfos.readLatestCommit(index).getUserData().get("contentVersion");
        }
    }
}
