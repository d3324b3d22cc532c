package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A friendly page for an address that leads nowhere: an unknown module, lesson or page. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class NotFoundView extends Composite<Div> implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getContent().removeAll();
        getContent()
                .add(new MessagePage(
                        getTranslation("error.not-found.title"),
                        getTranslation("error.not-found.text"),
                        getTranslation("error.back-to-catalogue")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("error.not-found.title"));
    }
}
