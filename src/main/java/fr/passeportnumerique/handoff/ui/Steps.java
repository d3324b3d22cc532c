package fr.passeportnumerique.handoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.passeportnumerique.handoff.HandoffException;

/**
 * A hand-off step taken from a page: a refusal is shown as the reason it gives, and the page stays as it was (the
 * person's input with it); a success is said briefly.
 */
final class Steps {

    private Steps() {}

    /** Runs the step; returns whether it went through. */
    static boolean run(Component view, Runnable step, String doneText) {
        try {
            step.run();
        } catch (HandoffException refused) {
            refused(view, refused);
            return false;
        }
        done(doneText);
        return true;
    }

    static void refused(Component view, HandoffException refused) {
        Notification.show(view.getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
