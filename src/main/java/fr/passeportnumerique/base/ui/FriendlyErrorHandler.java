package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An error in an action (a click, a form) is logged in full and told to the person in plain words. */
class FriendlyErrorHandler implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        String key = messageKey(event.getThrowable());
        if (key.equals(UNAVAILABLE)) {
            log.warn(
                    "The database could not be reached during an action: {}",
                    event.getThrowable().toString());
        } else {
            log.error("Unexpected error in the user interface", event.getThrowable());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> {
                Notification notification =
                        Notification.show(ui.getTranslation(key), 10000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            });
        }
    }

    static final String UNAVAILABLE = "error.unavailable";

    /**
     * What to tell the person: when the database cannot be reached (stopped, restarting, failing over), that the
     * service is briefly unavailable and the action was not saved, so that they try again in a moment.
     */
    static String messageKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.dao.DataAccessResourceFailureException
                    || cause instanceof org.springframework.transaction.CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return UNAVAILABLE;
            }
        }
        return "error.action";
    }
}
