package fr.passeportnumerique.base.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly page for an address that leads nowhere: an unknown module, lesson or page. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends FriendlyErrorPage<NotFoundException> {

    NotFoundView() {
        super("error.not-found", HttpServletResponse.SC_NOT_FOUND);
    }
}
