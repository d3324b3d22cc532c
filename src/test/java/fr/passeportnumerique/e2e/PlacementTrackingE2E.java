package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.account.DemoAccounts;
import fr.passeportnumerique.quiz.RightAnswers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Welcome point staff read what the placement test found: their point's public (on the page and in the CSV), then one
 * learner, phone included.
 */
class PlacementTrackingE2E extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staff_read_the_points_placement_and_a_learners_in_tables_a_screen_reader_can_walk() {
        long lyon = jdbc.queryForObject(
                "select welcome_point_id from user_account where email = 'accueil@example.org'", Long.class);
        SignedInLearner learner = SignedInLearner.registerAt(context, "positionnement-e2e", lyon);
        learner.takesPlacementTest(RightAnswers::of);
        long id = TestLearners.accountId(jdbc, learner.email());
        Page page = open(1366, 900);
        signIn(page, "accueil@example.org", DemoAccounts.PASSWORD);

        page.navigate("/accueil/tableau-de-bord");
        Locator panel = page.locator(".pn-placement-figures");
        panel.scrollIntoViewIfNeeded();
        assertThat(panel.locator("caption")).containsText("Niveau trouvé par le positionnement");
        assertThat(panel.locator("thead th[scope=col]")).hasCount(4);
        assertThat(panel.locator("tbody th[scope=row]")).hasCount(20);
        assertThat(panel.locator("tbody th[scope=row]").first()).hasText(Pattern.compile("^1\\. \\S"));
        panel.screenshot(screenshot("placement-dashboard-desktop"));
        assertAccessible(page, "dashboard with its placement panel");
        Download export = page.waitForDownload(
                () -> page.getByText("Exporter les apprenants (CSV)").click());
        assertThat(export.suggestedFilename()).isEqualTo("apprenants-" + lyon + ".csv");
        String firstLine = readFirstLine(export);
        assertThat(firstLine).endsWith(";Positionnement;Modules acquis au positionnement");

        page.navigate("/accueil/tableau-de-bord/apprenant/" + id);
        Locator section = page.locator(".pn-learner-placement");
        assertThat(section.locator("h2")).hasText("Positionnement");
        assertThat(section.locator("tbody td", new Locator.LocatorOptions().setHasText("Acquis"))
                        .first())
                .isVisible();
        section.screenshot(screenshot("placement-learner-file-desktop"));
        assertAccessible(page, "learner's file with their placement");

        page.setViewportSize(390, 844);
        page.reload();
        page.locator(".pn-learner-placement").scrollIntoViewIfNeeded();
        page.locator(".pn-learner-placement").screenshot(screenshot("placement-learner-file-phone"));
        // The table scrolls sideways on a phone: its region is named by the caption and reached by the keyboard.
        assertThat(page.locator(".pn-learner-placement [role=region]")).hasAttribute("tabindex", "0");
        assertAccessible(page, "learner's file on a phone");
    }

    private static String readFirstLine(Download download) {
        try (var lines = Files.lines(download.path(), StandardCharsets.UTF_8)) {
            return lines.findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Locator.ScreenshotOptions screenshot(String name) {
        return new Locator.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/" + name + ".png"));
    }
}
