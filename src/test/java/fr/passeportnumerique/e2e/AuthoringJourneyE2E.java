package fr.passeportnumerique.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.passeportnumerique.ShippedCurriculum;
import fr.passeportnumerique.curriculum.ContentImportService;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A trainer edits a lesson, sees the learners' rendering as they type, saves a draft and publishes the module; a
 * learner on a phone then reads the change and finds it by search.
 */
class AuthoringJourneyE2E extends BrowserTest {

    private static final String WORD = "Zéphyrin";

    @Autowired
    ContentImportService imports;

    @AfterEach
    void restoreTheShippedCurriculum() {
        ShippedCurriculum.restore(imports);
    }

    @Test
    void a_trainer_edits_previews_and_publishes_then_a_learner_reads_and_finds_the_change() {
        Page trainer = open(1366, 900);
        signIn(trainer, "formateur@example.org", "Passeport-Demo-2026");
        trainer.navigate("/atelier/premiers-pas/lecon/01-choisir-ses-appareils.md");
        Locator text = trainer.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Texte (Markdown)"));
        String before = text.inputValue();

        text.fill(before + "\n\n**" + WORD + "**, le technicien de l’exemple, vérifie les mises à jour chaque mois.");

        assertThat(trainer.locator(".pn-lesson-preview strong", new Page.LocatorOptions().setHasText(WORD)))
                .isVisible();
        assertAccessible(trainer, "lesson editor");
        trainer.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/authoring-editor-desktop.png")));
        trainer.locator("#save-draft").click();
        assertThat(trainer.locator("vaadin-notification-card").first()).containsText("Brouillon enregistré");

        trainer.navigate("/atelier/premiers-pas");
        assertThat(trainer.locator(".pn-status").first()).hasText("Modifications en brouillon");
        trainer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier le module"))
                .first()
                .click();
        trainer.locator("vaadin-confirm-dialog[opened] [slot=confirm-button]")
                .first()
                .click();
        assertThat(trainer.locator("vaadin-notification-card").last()).containsText("Module publié");
        assertThat(trainer.locator(".pn-status").first()).hasText("Publié");

        Page learner = open(390, 844);
        learner.navigate("/modules/premiers-pas/choisir-ses-appareils");
        assertThat(learner.locator(".pn-prose strong", new Page.LocatorOptions().setHasText(WORD)))
                .isVisible();
        learner.navigate("/recherche?q=zephyrin");
        assertThat(learner.locator(".pn-search-hit h3 a").first()).containsText("Ordinateur, smartphone, tablette");
        learner.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/e2e-screenshots/authoring-found-phone.png")));
    }
}
