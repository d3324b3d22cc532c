package fr.passeportnumerique.quiz.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static fr.passeportnumerique.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.dom.DomEvent;
import fr.passeportnumerique.TestLearners;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.account.AccountService;
import fr.passeportnumerique.account.AppRoles;
import fr.passeportnumerique.base.ui.HtmlFragment;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.Question;
import fr.passeportnumerique.quiz.QuizService;
import fr.passeportnumerique.quiz.QuizSession;
import fr.passeportnumerique.quiz.RightAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The quiz page's choices stay in the browser: the server learns them from the values the page sends with its
 * activity report ({@code keep}) or with the click on « Valider mes réponses », a round-trip each, not one per click.
 */
class QuizViewIT extends ViewTestSupport {

    private static final String MODULE = "premiers-pas";

    @Autowired
    AccountService accounts;

    @Autowired
    QuizService quizzes;

    private String learner;

    @BeforeEach
    void aLearnerOnTheFirstQuiz() {
        learner = TestLearners.register(accounts, "feuille");
        signInWithAccount(learner);
        navigate("modules/" + MODULE + "/quiz");
    }

    @Test
    void answers_kept_with_the_report_are_checked_again_when_the_learner_comes_back() {
        Element firstChoice = aChoice();
        String name = firstChoice.attr("name");

        _get(AnswerSheet.class).keep("[[\"" + name + "\",\"" + firstChoice.attr("value") + "\"]]");
        navigate("");
        navigate("modules/" + MODULE + "/quiz");

        assertThat(aChoice().parent().parent().select("input[checked]").eachAttr("value"))
                .containsExactly(firstChoice.attr("value"));
        QuizSession again = as(learner, AppRoles.LEARNER, () -> quizzes.start(MODULE));
        String question = again.questions()
                .get(Integer.parseInt(name.substring(1)) - 1)
                .question()
                .id();
        assertThat(again.savedAnswers().get(question))
                .isEqualTo(new Answer.Chosen(Set.of(Integer.parseInt(firstChoice.attr("value")))));
    }

    @Test
    void the_click_on_valider_carries_the_answers_given_in_the_page() throws Exception {
        QuizSession session = as(learner, AppRoles.LEARNER, () -> quizzes.start(MODULE));
        List<List<String>> pairs = new ArrayList<>();
        int answeredInThePage = 0;
        for (int i = 0; i < session.questions().size(); i++) {
            Question question = session.questions().get(i).question();
            String name = "q" + (i + 1);
            switch (RightAnswers.of(question)) {
                case Answer.Chosen(Set<Integer> right) ->
                    right.forEach(choice -> pairs.add(List.of(name, "" + choice)));
                case Answer.TrueOrFalse(Boolean right) -> pairs.add(List.of(name, right.toString()));
                case Answer.Typed(String right) -> pairs.add(List.of(name, right));
                default -> {
                    continue;
                }
            }
            answeredInThePage++;
        }
        Button submit = _find(Button.class).stream()
                .filter(button -> button.getText().equals("Valider mes réponses"))
                .findFirst()
                .orElseThrow();

        var data = JsonNodeFactory.instance
                .objectNode()
                .put(AnswerSheet.VALUES, JsonMapper.builder().build().writeValueAsString(pairs));
        ElementUtilsKt._fireDomEvent(submit.getElement(), new DomEvent(submit.getElement(), "click", data));

        assertThat(_get(QuizResultPanel.class)).isNotNull();
        int atLeast = 100 * answeredInThePage / session.questions().size();
        assertThat(as(learner, AppRoles.LEARNER, () -> quizzes.bestScore(MODULE)))
                .hasValueSatisfying(score -> assertThat(score).isGreaterThanOrEqualTo(atLeast));
        assertThat(_get(H1.class).getText()).isNotBlank();
    }

    /** The first choice of the first question with choices (radio buttons valued by a choice's position). */
    private Element aChoice() {
        return _find(_get(AnswerSheet.class), HtmlFragment.class).stream()
                .map(html -> Jsoup.parse(html.getElement().getOuterHTML()).select("input[type=radio]"))
                .filter(inputs ->
                        !inputs.isEmpty() && inputs.getFirst().attr("value").matches("\\d+"))
                .map(inputs -> inputs.getFirst())
                .findFirst()
                .orElseThrow();
    }
}
