package fr.passeportnumerique.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.passeportnumerique.authoring.AuthoringException;
import fr.passeportnumerique.curriculum.ContentProblem;
import fr.passeportnumerique.curriculum.ContentProblemMessages;
import java.util.List;
import java.util.Locale;

/** How the workshop tells the result of a step: a short success, a refusal with its reason, problems by file. */
final class Outcomes {

    private Outcomes() {}

    static void done(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void refused(Component view, String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void refused(Component view, AuthoringException refused) {
        refused(view, view.getTranslation(refused.messageKey(), refused.arguments()));
    }

    /** The problems that stopped a publication or an import, each with its file and line. */
    static Component problems(Component view, List<ContentProblem> problems) {
        UnorderedList list = new UnorderedList();
        list.addClassName("pn-problem-list");
        for (ContentProblem problem : problems) {
            list.add(new ListItem(
                    new Code(problem.location()),
                    new Span(" "
                            + ContentProblemMessages.message(
                                    problem,
                                    view.getUI()
                                            .map(com.vaadin.flow.component.UI::getLocale)
                                            .orElse(Locale.FRENCH)))));
        }
        Div panel = new Div(new H2(view.getTranslation("authoring.problems.title", problems.size())), list);
        panel.addClassNames("pn-panel", "pn-authoring-problems");
        return panel;
    }
}
