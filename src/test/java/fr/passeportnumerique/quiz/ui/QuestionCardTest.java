package fr.passeportnumerique.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.dom.Element;
import fr.passeportnumerique.ComponentTestSupport;
import fr.passeportnumerique.base.ui.HtmlFragment;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.Choice;
import fr.passeportnumerique.quiz.Grading;
import fr.passeportnumerique.quiz.Question;
import fr.passeportnumerique.quiz.QuizSession;
import fr.passeportnumerique.quiz.Score;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Each question type's input gives back the answer in the file's terms, whatever order it was shown in. */
class QuestionCardTest extends ComponentTestSupport {

    private final AtomicInteger changes = new AtomicInteger();

    private QuestionCard show(Question question, List<Integer> order, Answer saved) {
        QuestionCard card =
                new QuestionCard(1, new QuizSession.Shown(question, order), saved, changes::incrementAndGet);
        UI.getCurrent().add(card);
        return card;
    }

    private static List<Choice> choices() {
        return List.of(
                new Choice("Bonne", true, ""), new Choice("Mauvaise", false, ""), new Choice("Autre", false, ""));
    }

    @Test
    void a_single_choice_shown_shuffled_answers_with_the_files_position_without_a_round_trip() {
        Question question = new Question.SingleChoice("q", "Laquelle ?", choices(), "");
        QuestionCard card = show(question, List.of(2, 0, 1), null);

        Document shown = Jsoup.parse(_get(card, HtmlFragment.class).getElement().getOuterHTML());
        assertThat(shown.select("fieldset legend").text()).isEqualTo("Choisissez une réponse");
        assertThat(shown.select("input[type=radio][name=q1]").eachAttr("value")).containsExactly("2", "0", "1");
        assertThat(shown.select("label.pn-choice").eachText()).containsExactly("Autre", "Bonne", "Mauvaise");
        assertThat(shown.select("label.pn-choice span").eachAttr("lang")).containsOnly("fr");
        assertThat(_get(card, com.vaadin.flow.component.html.Paragraph.class)
                        .getElement()
                        .getAttribute("lang"))
                .as("the curriculum's question, in French whatever the interface's language")
                .isEqualTo("fr");
        assertThat(card.answer()).isEqualTo(new Answer.Chosen(Set.of()));

        card.take(values("q1", "0"));

        assertThat(card.answer()).isEqualTo(new Answer.Chosen(Set.of(0)));
        assertThat(Grading.grade(question, card.answer())).isEqualTo(Score.RIGHT);
        assertThat(changes).hasValue(0);
    }

    @Test
    void multiple_choice_true_false_and_typed_answers_come_back_as_given() {
        Question multiple = new Question.MultipleChoice("m", "Lesquelles ?", choices(), "");
        QuestionCard card = show(multiple, List.of(1, 2, 0), null);
        card.take(values("q1", "0", "q1", "2"));
        assertThat(card.answer()).isEqualTo(new Answer.Chosen(Set.of(0, 2)));

        QuestionCard statement = show(new Question.TrueFalse("t", "Vrai ?", false, ""), List.of(), null);
        assertThat(Jsoup.parse(_get(statement, HtmlFragment.class).getElement().getOuterHTML())
                        .select("label.pn-choice")
                        .eachText())
                .containsExactly("Vrai", "Faux");
        statement.take(values("q1", "false"));
        assertThat(statement.answer()).isEqualTo(new Answer.TrueOrFalse(false));

        QuestionCard typed = show(new Question.ShortAnswer("s", "Le mot ?", List.of("phishing"), ""), List.of(), null);
        Document field =
                Jsoup.parse(_get(typed, HtmlFragment.class).getElement().getOuterHTML());
        assertThat(field.select("label[for=pn-q1]").text()).isEqualTo("Votre réponse");
        assertThat(field.select("input#pn-q1").attr("maxlength")).isEqualTo("200");
        typed.take(values("q1", "Phishing"));
        assertThat(typed.answer()).isEqualTo(new Answer.Typed("Phishing"));
    }

    @Test
    void values_the_page_could_not_have_sent_read_as_no_answer() {
        QuestionCard card = show(new Question.SingleChoice("q", "Laquelle ?", choices(), ""), List.of(0, 1, 2), null);
        card.take(values("q1", "3"));
        assertThat(card.answer()).isEqualTo(new Answer.Chosen(Set.of()));
        card.take(values("q1", "-1", "q2", "0"));
        assertThat(card.answer()).isEqualTo(new Answer.Chosen(Set.of()));
        card.take(values("q1", "un"));
        assertThat(card.answer()).isEqualTo(new Answer.Chosen(Set.of()));

        QuestionCard statement = show(new Question.TrueFalse("t", "Vrai ?", false, ""), List.of(), null);
        statement.take(values("q1", "peut-être"));
        assertThat(statement.answer()).isEqualTo(new Answer.TrueOrFalse(null));

        QuestionCard typed = show(new Question.ShortAnswer("s", "Le mot ?", List.of("phishing"), ""), List.of(), null);
        typed.take(values("q1", "x".repeat(5_000)));
        assertThat(((Answer.Typed) typed.answer()).text()).hasSize(Answer.Typed.MAX_LENGTH);
    }

    private static FormValues values(String... namesAndValues) {
        StringBuilder pairs = new StringBuilder("[");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.append(i == 0 ? "" : ",")
                    .append("[\"")
                    .append(namesAndValues[i])
                    .append("\",\"")
                    .append(namesAndValues[i + 1])
                    .append("\"]");
        }
        return FormValues.parse(pairs.append("]").toString());
    }

    @Test
    void ordering_moves_steps_with_the_arrow_buttons() {
        Question question = new Question.Ordering("o", "Dans l'ordre", List.of("un", "deux", "trois"), "");
        QuestionCard card = show(question, List.of(1, 0, 2), null);

        _find(card, Button.class).stream()
                .filter(button ->
                        button.getAriaLabel().orElse("").replace('\u00a0', ' ').equals("Monter « un »"))
                .findFirst()
                .orElseThrow()
                .click();

        assertThat(card.answer()).isEqualTo(new Answer.Ordered(List.of(0, 1, 2)));
        assertThat(Grading.grade(question, card.answer())).isEqualTo(Score.RIGHT);
    }

    @Test
    void a_step_moved_keeps_the_focus_on_the_same_button_or_on_the_other_one_at_an_end_of_the_list() {
        Question question = new Question.Ordering("o", "Dans l'ordre", List.of("un", "deux", "trois"), "");
        QuestionCard card = show(question, List.of(0, 1, 2), null);
        focused();

        button(card, "Monter « trois »").click();
        assertThat(focused()).containsExactly("Monter « trois »");

        button(card, "Monter « trois »").click();
        assertThat(focused()).containsExactly("Descendre « trois »");

        button(card, "Descendre « trois »").click();
        assertThat(focused()).containsExactly("Descendre « trois »");
    }

    private static Button button(QuestionCard card, String label) {
        return _find(card, Button.class).stream()
                .filter(button -> label(button).equals(label))
                .findFirst()
                .orElseThrow();
    }

    private static String label(Button button) {
        return button.getAriaLabel().orElse("").replace('\u00a0', ' ');
    }

    /** The buttons the server has asked the browser to focus since the last look, as the browser will get it. */
    private static List<String> focused() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(call -> call.getInvocation().getExpression().contains("focus"))
                .map(call -> Element.get(call.getOwner()).getComponent().orElseThrow())
                .map(component -> label((Button) component))
                .toList();
    }

    @Test
    void matching_pairs_each_term_with_the_definition_chosen() {
        Question question = new Question.Matching(
                "p",
                "Associez",
                List.of(
                        new Question.Matching.Pair("HTTPS", "chiffré"),
                        new Question.Matching.Pair("Cloud", "en ligne")),
                "");
        QuestionCard card = show(question, List.of(1, 0), null);
        @SuppressWarnings("unchecked")
        List<ComboBox<Integer>> boxes = (List<ComboBox<Integer>>) (List<?>) _find(card, ComboBox.class);

        boxes.get(0).setValue(0);
        boxes.get(1).setValue(1);

        assertThat(card.answer()).isEqualTo(new Answer.Matched(Map.of(0, 0, 1, 1)));
    }

    @Test
    void a_saved_answer_is_shown_again_when_the_learner_comes_back() {
        Question question = new Question.SingleChoice("q", "Laquelle ?", choices(), "");

        QuestionCard card = show(question, List.of(2, 0, 1), new Answer.Chosen(Set.of(1)));

        assertThat(card.answer()).isEqualTo(new Answer.Chosen(Set.of(1)));
        Document shown = Jsoup.parse(_get(card, HtmlFragment.class).getElement().getOuterHTML());
        assertThat(shown.select("input[checked]").eachAttr("value")).containsExactly("1");

        QuestionCard typed = show(
                new Question.ShortAnswer("s", "Le mot ?", List.of("phishing"), ""),
                List.of(),
                new Answer.Typed("pare-feu"));
        assertThat(typed.answer()).isEqualTo(new Answer.Typed("pare-feu"));
        assertThat(Jsoup.parse(_get(typed, HtmlFragment.class).getElement().getOuterHTML())
                        .select("input")
                        .val())
                .isEqualTo("pare-feu");
    }
}
