package fr.passeportnumerique.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a person sees when something fails on our side: an apology and a way on; the log gets the details. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ErrorView extends FriendlyErrorPage<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    ErrorView() {
        super("error.server", HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    @Override
    void record(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error while showing /{}", event.getLocation().getPath(), parameter.getCaughtException());
    }
}
