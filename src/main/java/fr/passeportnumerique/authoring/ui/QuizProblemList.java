package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import fr.passeportnumerique.curriculum.format.QuizProblem;
import java.util.List;

/** What keeps a quiz from being saved, each problem with the number of its question, read out as an alert. */
class QuizProblemList extends Composite<UnorderedList> {

    QuizProblemList(List<QuizProblem> problems) {
        getContent().addClassName("pn-problem-list");
        for (QuizProblem problem : problems) {
            String text = getTranslation(
                    "quiz-rules." + problem.code(), problem.arguments().toArray());
            getContent()
                    .add(new ListItem(
                            problem.question() == 0
                                    ? text
                                    : getTranslation("authoring.quiz.problem-in", problem.question(), text)));
        }
        getContent().getElement().setAttribute("role", "alert");
    }
}
