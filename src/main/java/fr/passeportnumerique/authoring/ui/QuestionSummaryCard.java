package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.curriculum.format.QuizQuestion;
import java.util.List;

/** One question in the quiz editor's list: its type and prompt, and the buttons to edit, move or remove it. */
class QuestionSummaryCard extends Composite<Div> {

    /** What the editor does when a button is pressed; {@code by} is -1 to move up, 1 to move down. */
    interface Actions {
        void edit();

        void move(int by);

        void remove();
    }

    QuestionSummaryCard(QuizQuestion question, String typeName, int number, int count, Actions actions) {
        Span type = new Span(typeName);
        type.addClassNames("pn-status", "pn-authoring-published");
        Paragraph prompt = new Paragraph(number + ". " + question.prompt());
        prompt.addClassName("pn-quiz-prompt");
        Button edit = new Button(getTranslation("authoring.quiz.edit"), click -> actions.edit());
        Button up = new Button(getTranslation("authoring.quiz.up"), click -> actions.move(-1));
        up.setEnabled(number > 1);
        Button down = new Button(getTranslation("authoring.quiz.down"), click -> actions.move(1));
        down.setEnabled(number < count);
        Button remove = new Button(getTranslation("authoring.remove"), click -> actions.remove());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        List.of(up, down, edit).forEach(button -> button.addThemeVariants(ButtonVariant.LUMO_TERTIARY));
        Div buttons = new Div(edit, up, down, remove);
        buttons.addClassName("pn-actions-row");
        getContent().add(type, prompt, buttons);
        getContent().addClassNames("pn-panel", "pn-quiz-question");
    }
}
