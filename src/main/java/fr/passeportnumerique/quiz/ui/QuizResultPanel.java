package fr.passeportnumerique.quiz.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.curriculum.LessonSection;
import fr.passeportnumerique.curriculum.format.TaughtIn;
import fr.passeportnumerique.quiz.Answer;
import fr.passeportnumerique.quiz.Choice;
import fr.passeportnumerique.quiz.Question;
import fr.passeportnumerique.quiz.QuizResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The result: the score, passed or not, and for each question whether it was right and why, with a link to the part
 * of the lesson that teaches what was missed.
 */
class QuizResultPanel extends Composite<Div> {

    QuizResultPanel(QuizResult result, Function<TaughtIn, Optional<LessonSection>> sections, Runnable onRetry) {
        H1 title = new H1(getTranslation(result.passed() ? "quiz.result.passed" : "quiz.result.failed"));
        title.addClassName("pn-title");
        // The result replaces the button just pressed: its heading takes the focus, where reading starts.
        title.getElement().setAttribute("tabindex", "-1");
        title.getElement().executeJs("this.focus()");
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
            ListItem item = new ListItem(new Paragraph(question.question().prompt()), verdict);
            feedbackOnWrongChoices(question).forEach(item::add);
            item.add(new Paragraph(question.question().explanation()));
            if (!question.score().correct()) {
                question.taughtIn().flatMap(sections).map(this::reviewLink).ifPresent(item::add);
            }
            questions.add(item);
        }
        Paragraph next =
                new Paragraph(getTranslation(result.passed() ? "quiz.result.passed.next" : "quiz.result.failed.next"));
        Anchor progress = MainLayout.routerAnchor("mon-parcours", new Text(getTranslation("quiz.result.see-progress")));
        progress.addClassName("pn-button");
        Div actions = new Div(progress);
        actions.addClassName("pn-actions");
        Button retry = new Button(getTranslation("quiz.retry"), click -> onRetry.run());
        getContent().add(title, score, next, actions, new H2(getTranslation("quiz.result.review")), questions, retry);
    }

    /** "To go over it again": the lesson, and its section when the answer is taught under one. */
    private Paragraph reviewLink(LessonSection section) {
        String label = section.heading().isEmpty()
                ? getTranslation("quiz.result.revisit-lesson", section.lessonTitle())
                : getTranslation("quiz.result.revisit-section", section.lessonTitle(), section.heading());
        Paragraph revisit = new Paragraph(
                new Text(getTranslation("quiz.result.revisit") + " "),
                MainLayout.routerAnchor(section.href(), new Text(label)));
        revisit.addClassName("pn-revisit");
        return revisit;
    }

    /** What the file says about each wrong choice the learner ticked. */
    private List<Paragraph> feedbackOnWrongChoices(QuizResult.QuestionResult result) {
        List<Choice> choices = switch (result.question()) {
            case Question.SingleChoice q -> q.choices();
            case Question.MultipleChoice q -> q.choices();
            case Question.Scenario q -> q.choices();
            default -> List.of();
        };
        if (!(result.answer() instanceof Answer.Chosen(Set<Integer> chosen))) {
            return List.of();
        }
        return chosen.stream()
                .sorted()
                .filter(position -> position < choices.size())
                .map(choices::get)
                .filter(choice -> !choice.correct() && !choice.feedback().isBlank())
                .map(choice -> {
                    Paragraph feedback =
                            new Paragraph(getTranslation("quiz.result.feedback", choice.text(), choice.feedback()));
                    feedback.addClassName("pn-feedback");
                    return feedback;
                })
                .toList();
    }
}
