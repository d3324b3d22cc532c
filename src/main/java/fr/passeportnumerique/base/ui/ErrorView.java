package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a person sees when something fails on our side: an apology and a way on; the log gets the details. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class ErrorView extends Composite<Div> implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error while showing /{}", event.getLocation().getPath(), parameter.getCaughtException());
        getContent().removeAll();
        getContent()
                .add(new MessagePage(
                        getTranslation("error.server.title"),
                        getTranslation("error.server.text"),
                        getTranslation("error.back-to-catalogue")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("error.server.title"));
    }
}
