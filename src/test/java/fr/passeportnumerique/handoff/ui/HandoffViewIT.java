package fr.passeportnumerique.handoff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.TestGraduates;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.curriculum.CurriculumService;
import fr.passeportnumerique.quiz.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A refused request is told in the form, beside what to change, and hides none of the learner's input. */
class HandoffViewIT extends ViewTestSupport {

    private static final String CONSENT_MISSING =
            "Cochez la case d’accord\u00a0: sans votre accord, rien n’est transmis aux experts.";

    @Autowired
    AccountService accounts;

    @Autowired
    CurriculumService curriculum;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private String graduate;

    @BeforeEach
    void aGraduateOnTheSupportPage() {
        graduate = TestLearners.register(accounts, "consentement");
        TestGraduates.graduate(jdbc, curriculum, graduate);
        signInWithAccount(graduate);
        navigate("mon-accompagnement");
    }

    @Test
    void a_request_without_consent_is_refused_on_the_consent_box_and_keeps_the_message() {
        _find(
                        Checkbox.class,
                        spec -> spec.withPredicate(
                                box -> String.valueOf(box.getLabel()).startsWith("Contacter ")))
                .getFirst()
                .setValue(true);
        TextArea message = _get(TextArea.class, spec -> spec.withLabel("Votre message aux experts (facultatif)"));
        message.setValue("Nous voulons une sauvegarde fiable.");

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Envoyer ma demande")));

        Checkbox consent = _get(Checkbox.class, spec -> spec.withId("consentement"));
        assertThat(consent.isInvalid()).isTrue();
        assertThat(consent.getErrorMessage()).isEqualTo(CONSENT_MISSING);
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(message.getValue()).isEqualTo("Nous voulons une sauvegarde fiable.");
        assertThat(requestsSent()).isZero();

        consent.setValue(true);
        assertThat(consent.isInvalid()).isFalse();
    }

    @Test
    void another_refusal_is_told_above_the_button_not_over_the_form() {
        _get(Checkbox.class, spec -> spec.withId("consentement")).setValue(true);

        ButtonKt._click(_get(Button.class, spec -> spec.withText("Envoyer ma demande")));

        Paragraph refusal = _get(Paragraph.class, spec -> spec.withClasses("pn-error"));
        assertThat(refusal.getText()).isEqualTo("Choisissez un à trois experts.");
        assertThat(refusal.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(NotificationsKt.getNotifications()).isEmpty();
        assertThat(requestsSent()).isZero();
    }

    private int requestsSent() {
        return jdbc.queryForObject(
                "select count(*) from handoff_request r join user_account a on a.id = r.account_id where a.email = ?",
                Integer.class,
                graduate);
    }

    @Test
    void before_any_priority_the_modules_the_placement_found_new_are_offered() {
        SignedInLearner learner = SignedInLearner.register(context, "suggestions");
        learner.takesPlacementTest(question -> new Answer.Typed(""));
        signInWithAccount(learner.email());
        navigate("mon-accompagnement");

        assertThat(_get(Div.class, spec -> spec.withClasses("pn-plan-suggestion"))
                        .getElement()
                        .getTextRecursively())
                .contains("D’après votre positionnement, ces modules sont nouveaux pour vous");
        ButtonKt._click(_get(Button.class, spec -> spec.withText("Partir de ces suggestions")));

        assertThat(_get(MultiSelectComboBox.class, spec -> spec.withId("priorites"))
                        .getValue())
                .hasSize(5);
    }
}
