package fr.passeportnumerique.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.passeportnumerique.ShippedCurriculum;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.authoring.DraftService;
import fr.passeportnumerique.authoring.LessonDraft;
import fr.passeportnumerique.curriculum.ContentImportService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/** The workshop as a trainer uses it, without a browser: the tree, the editor's preview and a draft save. */
class LessonEditorViewIT extends ViewTestSupport {

    @Autowired
    DraftService drafts;

    @Autowired
    ContentImportService imports;

    @AfterEach
    void dropTheDraft() {
        fr.passeportnumerique.SignedIn.as(
                "formateur@example.org", AppRoles.TRAINER, () -> drafts.discard("premiers-pas"));
        ShippedCurriculum.restore(imports);
    }

    @Test
    void the_tree_lists_the_twenty_modules_with_their_status() {
        signInAs("formateur@example.org", AppRoles.TRAINER);

        navigate("atelier");

        assertThat(_get(H1.class).getText()).isEqualTo("Atelier des formateurs");
        assertThat(LocatorJ._find(Div.class, spec -> spec.withClasses("pn-authoring-module")))
                .hasSize(20);
    }

    @Test
    void the_preview_shows_the_learners_rendering_and_a_save_makes_a_draft() {
        signInAs("formateur@example.org", AppRoles.TRAINER);
        navigate("atelier/premiers-pas/lecon/01-choisir-ses-appareils.md");
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Texte (Markdown)"));

        text.setValue("## Un intertitre\n\nDu texte **important**.\n\n<script>alert(1)</script>");

        String preview = _get(Div.class, spec -> spec.withClasses("pn-lesson-preview"))
                .getElement()
                .getProperty("innerHTML");
        assertThat(preview)
                .contains("<h2")
                .contains("<strong>important</strong>")
                .doesNotContain("<script");

        _get(TextField.class, spec -> spec.withLabel("Titre de la leçon")).setValue("Choisir ses appareils, revu");
        _get(Button.class, spec -> spec.withId("save-draft")).click();

        assertThat(fr.passeportnumerique.SignedIn.as(
                                "formateur@example.org",
                                AppRoles.TRAINER,
                                () -> drafts.lesson("premiers-pas", "lessons/01-choisir-ses-appareils.md"))
                        .title())
                .isEqualTo("Choisir ses appareils, revu");
    }

    @Test
    void a_save_after_someone_elses_is_refused_and_the_text_stays_in_the_editor() {
        signInAs("formateur@example.org", AppRoles.TRAINER);
        navigate("atelier/premiers-pas/lecon/01-choisir-ses-appareils.md");
        TextArea text = _get(TextArea.class, spec -> spec.withLabel("Texte (Markdown)"));
        var trainer = SecurityContextHolder.getContext().getAuthentication();
        fr.passeportnumerique.SignedIn.as("admin@example.org", AppRoles.ADMIN, () -> {
            LessonDraft other = drafts.lesson("premiers-pas", "lessons/01-choisir-ses-appareils.md");
            drafts.saveLesson(other.withText("Titre de l’autre formateur", 10, other.markdown()));
        });
        // Back to the trainer without showing the page again: the editor keeps what it opened.
        SecurityContextHolder.getContext().setAuthentication(trainer);

        text.setValue("Mon texte, à ne pas perdre.");
        _get(Button.class, spec -> spec.withId("save-draft")).click();

        assertThat(NotificationsKt.getNotifications())
                .extracting(notification -> notification.getElement().getProperty("text"))
                .anyMatch(
                        message -> message != null && message.startsWith("Quelqu’un d’autre a enregistré cette leçon"));
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Texte (Markdown)"))
                        .getValue())
                .isEqualTo("Mon texte, à ne pas perdre.");
        assertThat(fr.passeportnumerique.SignedIn.as(
                                "formateur@example.org",
                                AppRoles.TRAINER,
                                () -> drafts.lesson("premiers-pas", "lessons/01-choisir-ses-appareils.md"))
                        .title())
                .isEqualTo("Titre de l’autre formateur");
    }

    @Test
    void the_check_date_and_the_sources_are_edited_beside_the_text_and_a_wrong_address_is_explained() {
        signInAs("formateur@example.org", AppRoles.TRAINER);
        navigate("atelier/premiers-pas/lecon/01-choisir-ses-appareils.md");
        LessonDraft before = fr.passeportnumerique.SignedIn.as(
                "formateur@example.org",
                AppRoles.TRAINER,
                () -> drafts.lesson("premiers-pas", "lessons/01-choisir-ses-appareils.md"));
        DatePicker reviewed = _get(DatePicker.class, spec -> spec.withLabel("Vérifiée le"));
        TextArea sources = _get(TextArea.class, spec -> spec.withLabel("Sources"));
        assertThat(reviewed.getValue()).isEqualTo(before.reviewedOn().orElseThrow());
        assertThat(sources.getValue().lines().toList()).isEqualTo(before.sources());

        sources.setValue(sources.getValue() + "\nwww.cnil.fr");
        _get(Button.class, spec -> spec.withId("save-draft")).click();

        assertThat(NotificationsKt.getNotifications())
                .extracting(notification -> notification.getElement().getProperty("text"))
                .anyMatch(message ->
                        message != null && message.contains("« www.cnil.fr » n’est pas une adresse web complète"));
        sources.setValue(sources.getValue().replace("www.cnil.fr", "  https://www.cnil.fr/fr  \n\n"));
        reviewed.setValue(before.reviewedOn().orElseThrow().minusDays(3));
        _get(Button.class, spec -> spec.withId("save-draft")).click();

        LessonDraft saved = fr.passeportnumerique.SignedIn.as(
                "formateur@example.org",
                AppRoles.TRAINER,
                () -> drafts.lesson("premiers-pas", "lessons/01-choisir-ses-appareils.md"));
        assertThat(saved.reviewedOn())
                .contains(before.reviewedOn().orElseThrow().minusDays(3));
        assertThat(saved.sources())
                .endsWith("https://www.cnil.fr/fr")
                .hasSize(before.sources().size() + 1);
    }
}
