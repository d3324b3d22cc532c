package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import fr.passeportnumerique.base.i18n.Translations;
import java.util.Locale;

/** FR | EN: switches the interface's language and reloads the page in it. */
class LanguageSwitch extends Composite<Div> {

    LanguageSwitch() {
        getContent().addClassName("pn-language");
        getContent().getElement().setAttribute("role", "group");
        getContent().getElement().setAttribute("aria-label", getTranslation("language.switch"));
        for (Locale locale : Translations.LOCALES) {
            getContent().add(button(locale));
        }
    }

    private NativeButton button(Locale locale) {
        NativeButton button = new NativeButton(locale.getLanguage().toUpperCase(Locale.ROOT), click -> choose(locale));
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.getElement().setAttribute("aria-label", Translations.translate("language.name", locale));
        button.getElement().setAttribute("aria-pressed", String.valueOf(isCurrent(locale)));
        return button;
    }

    private boolean isCurrent(Locale locale) {
        return Translations.supported(getLocale()).getLanguage().equals(locale.getLanguage());
    }

    private void choose(Locale locale) {
        if (isCurrent(locale)) {
            return;
        }
        LanguagePreference.remember(locale, VaadinRequest.getCurrent(), VaadinResponse.getCurrent());
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
