package fr.passeportnumerique.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Prepares every page: the bootstrap HTML gets the {@code lang} of the language the person chose (screen
 * readers need it) and its initial state escaped, every new UI the matching locale and Vaadin's own texts in that
 * language, every session a friendly error handler.
 */
@Component
class PageInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = LanguagePreference.of(response.getVaadinRequest());
            response.getDocument().selectFirst("html").attr("lang", locale.getLanguage());
        });
        event.addIndexHtmlRequestListener(new InitialStateEscaping());
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new FriendlyErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            Locale locale = LanguagePreference.of(VaadinRequest.getCurrent());
            init.getUI().getSession().setLocale(locale);
            init.getUI().setLocale(locale);
            BuiltInTexts.install(init.getUI());
        });
    }
}
