package fr.passeportnumerique.authoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.TextArea;
import fr.passeportnumerique.SignedIn;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.authoring.DraftService;
import fr.passeportnumerique.authoring.QuizDraft;
import fr.passeportnumerique.authoring.QuizDraftService;
import fr.passeportnumerique.curriculum.format.QuestionType;
import fr.passeportnumerique.curriculum.format.TaughtIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The quiz editor as a trainer uses it, without a browser: a new question checked by its type's rules, then saved. */
class QuizEditorViewIT extends ViewTestSupport {

    @Autowired
    QuizDraftService quizzes;

    @Autowired
    DraftService drafts;

    @AfterEach
    void dropTheDraft() {
        SignedIn.as("formateur@example.org", AppRoles.TRAINER, () -> drafts.discard("bureautique"));
    }

    @Test
    void a_single_choice_question_with_two_right_answers_is_refused_then_accepted_and_saved() {
        signInAs("formateur@example.org", AppRoles.TRAINER);
        navigate("atelier/bureautique/quiz");
        int before = _find(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("pn-quiz-question"))
                .size();

        _get(Button.class, spec -> spec.withText("Ajouter une question")).click();
        Dialog dialog = _get(Dialog.class);
        _get(dialog, TextArea.class, spec -> spec.withLabel("Énoncé")).setValue("Quel format garde la mise en page ?");
        _get(dialog, TextArea.class, spec -> spec.withLabel("Explication"))
                .setValue("Le PDF s’affiche de la même façon partout.");
        Button addChoice = _get(dialog, Button.class, spec -> spec.withText("Ajouter une réponse"));
        addChoice.click();
        addChoice.click();
        List<TextArea> choices = _find(dialog, TextArea.class, spec -> spec.withLabel("Réponse"));
        choices.get(0).setValue("PDF");
        choices.get(1).setValue("Un fichier texte");
        List<Checkbox> right = _find(dialog, Checkbox.class, spec -> spec.withLabel("Juste"));
        right.forEach(box -> box.setValue(true));

        _get(dialog, Button.class, spec -> spec.withText("Valider la question")).click();

        assertThat(_find(dialog, ListItem.class))
                .extracting(ListItem::getText)
                .anyMatch(text -> text.contains("il faut exactement une réponse juste (il y en a 2)"))
                .anyMatch(text -> text.contains("Indiquez la partie de leçon qui enseigne la réponse."));
        right.get(1).setValue(false);
        @SuppressWarnings("unchecked")
        ComboBox<TaughtIn> taughtIn = _get(dialog, ComboBox.class, spec -> spec.withLabel("Enseignée dans"));
        assertThat(ComboBoxKt.getSuggestionItems(taughtIn))
                .contains(
                        new TaughtIn("pdf-creer-signer-envoyer", ""),
                        new TaughtIn("traitement-de-texte", "Les styles : la fonction qui change tout"));
        taughtIn.setValue(new TaughtIn("pdf-creer-signer-envoyer", ""));
        _get(dialog, Button.class, spec -> spec.withText("Valider la question")).click();
        _get(Button.class, spec -> spec.withId("save-quiz")).click();

        QuizDraft saved = SignedIn.as("formateur@example.org", AppRoles.TRAINER, () -> quizzes.quiz("bureautique"));
        assertThat(saved.questions()).hasSize(before + 1);
        assertThat(saved.questions().getLast().type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(saved.questions().getLast().id()).isEqualTo("quel-format-garde-mise-page");
        assertThat(saved.questions().getLast().choices())
                .extracting(choice -> choice.text() + "=" + choice.correct())
                .containsExactly("PDF=true", "Un fichier texte=false");
        assertThat(saved.questions().getLast().taughtIn()).isEqualTo("pdf-creer-signer-envoyer");
    }
}
