package fr.passeportnumerique.base.ui;

import com.vaadin.flow.component.UI;
import fr.passeportnumerique.base.i18n.Translations;

/** Browser tab titles: the page first, then the site, so that tabs stay tellable apart. */
public final class PageTitles {

    private PageTitles() {}

    public static String of(String page) {
        String site = Translations.translate(
                "app.name", UI.getCurrent() == null ? null : UI.getCurrent().getLocale());
        return page + " · " + site;
    }
}
