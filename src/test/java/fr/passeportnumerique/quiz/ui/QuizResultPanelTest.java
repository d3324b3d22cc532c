package fr.passeportnumerique.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fr.passeportnumerique.ComponentTestSupport;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.Choice;
import fr.passeportnumerique.quiz.Question;
import fr.passeportnumerique.quiz.QuizResult;
import fr.passeportnumerique.quiz.Score;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizResultPanelTest extends ComponentTestSupport {

    @Test
    void a_failed_result_gives_the_score_the_explanation_and_the_feedback_of_the_wrong_choice_ticked() {
        Question question = new Question.SingleChoice(
                "q",
                "Où ranger vos mots de passe ?",
                List.of(
                        new Choice("Un gestionnaire de mots de passe", true, ""),
                        new Choice("Un carnet sous le clavier", false, "Le premier visiteur venu peut le lire.")),
                "Un gestionnaire les chiffre et les remplit pour vous.");
        QuizResult result = new QuizResult(
                1,
                0,
                70,
                false,
                List.of(new QuizResult.QuestionResult(question, new Answer.Chosen(Set.of(1)), Score.WRONG)));

        QuizResultPanel panel = new QuizResultPanel(result, () -> {});
        UI.getCurrent().add(panel);

        assertThat(_get(panel, H1.class).getText()).isEqualTo("Pas encore cette fois");
        assertThat(_find(panel, Paragraph.class))
                .extracting(Paragraph::getText)
                .contains(
                        "Un carnet sous le clavier\u00a0: Le premier visiteur venu peut le lire.",
                        "Un gestionnaire les chiffre et les remplit pour vous.")
                .anyMatch(text -> text.startsWith("Votre score") && text.contains("0"));
    }
}
