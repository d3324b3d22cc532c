package fr.passeportnumerique.quiz.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import fr.passeportnumerique.SignedInLearner;
import fr.passeportnumerique.ViewTestSupport;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.PathChoice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** « Faire le point » as the learner sees it: the introduction, a question, the result and the path they change. */
class PlacementViewIT extends ViewTestSupport {

    @Autowired
    ApplicationContext context;

    @Test
    void the_introduction_says_how_long_then_the_first_question_comes_with_its_module_and_time() {
        SignedInLearner learner = SignedInLearner.register(context, "introduction");
        signInWithAccount(learner.email());
        navigate(PlacementView.PATH);

        assertThat(_get(PlacementView.class).getElement().getTextRecursively())
                .contains("15 minutes au plus")
                .contains("reprendre plus tard");
        _click(_get(Button.class, spec -> spec.withText("Commencer le test")));

        assertThat(_get(H2.class, spec -> spec.withText("Question 1"))).isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pn-placement-time"))
                        .getText())
                .isEqualTo("Il reste au plus 15 minutes.");
        assertThat(_find(Button.class, spec -> spec.withText("Valider ma réponse")))
                .hasSize(1);
    }

    @Test
    void the_result_groups_the_modules_and_a_changed_path_shortens_it() {
        SignedInLearner learner = SignedInLearner.register(context, "chemin");
        learner.takesPlacementTest(question -> new Answer.Typed(""));
        signInWithAccount(learner.email());
        navigate(PlacementView.PATH + "/resultat");
        String before = _get(Paragraph.class, spec -> spec.withClasses("pn-placement-saving"))
                .getText();
        assertThat(before).startsWith("Votre parcours passe de 25 h");

        @SuppressWarnings("unchecked")
        Select<PathChoice> first = _find(Select.class).getFirst();
        _setValue(first, PathChoice.SKIP);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("pn-placement-saving"))
                        .getText())
                .isNotEqualTo(before);
        assertThat(_find(Select.class).getFirst().getValue()).isEqualTo(PathChoice.SKIP);
    }
}
