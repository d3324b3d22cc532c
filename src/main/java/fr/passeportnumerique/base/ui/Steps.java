package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.passeportnumerique.base.Refusal;

/**
 * A step taken from a page: a refusal is shown as the reason it gives, and the page stays as it was (the
 * person's input with it); a success is said briefly.
 */
public final class Steps {

    private Steps() {}

    /** Runs the step; returns whether it went through. */
    public static boolean run(Component view, Runnable step, String doneText) {
        try {
            step.run();
        } catch (Refusal refused) {
            refused(view, refused);
            return false;
        }
        done(doneText);
        return true;
    }

    public static void refused(Component view, Refusal refused) {
        Notification.show(view.getTranslation(refused.messageKey()), 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void done(String text) {
        Notification.show(text, 5000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
