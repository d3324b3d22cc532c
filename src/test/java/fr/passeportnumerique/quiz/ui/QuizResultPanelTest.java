package fr.passeportnumerique.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import fr.passeportnumerique.ComponentTestSupport;
import fr.passeportnumerique.curriculum.LessonSection;
import fr.passeportnumerique.curriculum.format.TaughtIn;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.Choice;
import fr.passeportnumerique.quiz.Question;
import fr.passeportnumerique.quiz.QuizResult;
import fr.passeportnumerique.quiz.Score;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class QuizResultPanelTest extends ComponentTestSupport {

    private static final Function<TaughtIn, Optional<LessonSection>> NO_SECTION = place -> Optional.empty();

    private static Question question(String id) {
        return new Question.TrueFalse(id, "Vrai ou faux : " + id, true, "Parce que.");
    }

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
                "cybersecurite",
                0,
                70,
                false,
                List.of(new QuizResult.QuestionResult(
                        question,
                        new Answer.Chosen(Set.of(1)),
                        Score.WRONG,
                        Optional.of(new TaughtIn("mots-de-passe", "Un gestionnaire de mots de passe")))));

        QuizResultPanel panel = new QuizResultPanel(result, NO_SECTION, () -> {});
        UI.getCurrent().add(panel);

        assertThat(_get(panel, H1.class).getText()).isEqualTo("Pas encore cette fois");
        assertThat(_find(panel, Paragraph.class))
                .extracting(Paragraph::getText)
                .contains(
                        "Un carnet sous le clavier\u00a0: Le premier visiteur venu peut le lire.",
                        "Un gestionnaire les chiffre et les remplit pour vous.")
                .anyMatch(text -> text.startsWith("Votre score") && text.contains("0"));
    }

    @Test
    void a_missed_question_links_to_the_section_that_teaches_it_and_a_right_one_does_not() {
        TaughtIn section = new TaughtIn("mots-de-passe", "Un gestionnaire de mots de passe");
        TaughtIn opening = new TaughtIn("mots-de-passe", "");
        Function<TaughtIn, Optional<LessonSection>> published = place -> Optional.of(new LessonSection(
                "Des mots de passe solides",
                place.heading(),
                "modules/cybersecurite/mots-de-passe",
                place.inOpening() ? Optional.empty() : Optional.of("section-un-gestionnaire-de-mots-de-passe")));
        QuizResult result = new QuizResult(
                1,
                "cybersecurite",
                33,
                70,
                false,
                List.of(
                        new QuizResult.QuestionResult(
                                question("manquee"), new Answer.TrueOrFalse(false), Score.WRONG, Optional.of(section)),
                        new QuizResult.QuestionResult(
                                question("reussie"), new Answer.TrueOrFalse(true), Score.RIGHT, Optional.of(section)),
                        new QuizResult.QuestionResult(
                                question("ouverture"),
                                new Answer.TrueOrFalse(false),
                                Score.WRONG,
                                Optional.of(opening))));

        QuizResultPanel panel = new QuizResultPanel(result, published, () -> {});
        UI.getCurrent().add(panel);

        assertThat(_find(panel, Anchor.class).stream()
                        .filter(link -> link.getHref().startsWith("modules/"))
                        .toList())
                .extracting(Anchor::getHref, Anchor::getText)
                .containsExactly(
                        tuple(
                                "modules/cybersecurite/mots-de-passe#section-un-gestionnaire-de-mots-de-passe",
                                "« Un gestionnaire de mots de passe », dans la leçon « Des mots de passe solides »"),
                        tuple("modules/cybersecurite/mots-de-passe", "la leçon « Des mots de passe solides »"));
    }
}
