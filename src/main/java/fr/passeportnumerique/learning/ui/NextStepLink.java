package fr.passeportnumerique.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import fr.passeportnumerique.base.ui.MainLayout;
import fr.passeportnumerique.learning.NextStep;

/** The words and the button for a learner's next step, shared by the home page and the progress page. */
final class NextStepLink {

    private NextStepLink() {}

    static Paragraph describe(NextStep step, Component where) {
        String text = switch (step.kind()) {
            case RESUME_LESSON ->
                where.getTranslation(
                        "progress.next.resume",
                        step.moduleNumber(),
                        step.lessonTitle().orElse(""));
            case START_LESSON ->
                where.getTranslation(
                        "progress.next.lesson",
                        step.moduleNumber(),
                        step.lessonTitle().orElse(""));
            case TAKE_QUIZ -> where.getTranslation("progress.next.quiz", step.moduleNumber(), step.moduleTitle());
            case GET_CERTIFICATE -> where.getTranslation("progress.next.certificate");
        };
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("pn-next-step-text");
        return paragraph;
    }

    static Anchor button(NextStep step, String label) {
        Anchor go = MainLayout.routerAnchor(step.path(), new Text(label));
        go.addClassName("pn-button");
        return go;
    }
}
