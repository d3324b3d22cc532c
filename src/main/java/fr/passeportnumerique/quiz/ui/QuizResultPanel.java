package fr.passeportnumerique.quiz.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.quiz.QuizResult;

/** The result: the score, passed or not, and for each question whether it was right and why. */
class QuizResultPanel extends Composite<Div> {

    QuizResultPanel(QuizResult result, Runnable onRetry) {
        H1 title = new H1(getTranslation(result.passed() ? "quiz.result.passed" : "quiz.result.failed"));
        title.addClassName("pn-title");
        Paragraph score = new Paragraph(getTranslation("quiz.result.score", result.scorePercent(), result.passMark()));
        score.addClassName("pn-lead");
        score.getElement().setAttribute("role", "status");
        OrderedList questions = new OrderedList();
        questions.addClassName("pn-quiz-review");
        for (QuizResult.QuestionResult question : result.questions()) {
            Span verdict = new Span(getTranslation(
                    question.score().correct()
                            ? "quiz.result.right"
                            : question.score().points() > 0 ? "quiz.result.partly" : "quiz.result.wrong"));
            verdict.addClassNames("pn-status", question.score().correct() ? "pn-status-ok" : "pn-status-failed");
            questions.add(new ListItem(
                    new Paragraph(question.question().prompt()),
                    verdict,
                    new Paragraph(question.question().explanation())));
        }
        Button retry = new Button(getTranslation("quiz.retry"), click -> onRetry.run());
        getContent().add(title, score, new H2(getTranslation("quiz.result.review")), questions, retry);
    }
}
