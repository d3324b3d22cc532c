package fr.passeportnumerique.base.web;

import fr.passeportnumerique.base.i18n.Translations;
import fr.passeportnumerique.base.ui.LanguagePreference;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The small page of an answer given before any Vaadin page exists (a malformed address, a form from another site,
 * too many new visits), in the language the person chose: a title, what happened and what to do
 * ({@code <key>.title}, {@code <key>.text}), and a way back to the catalogue.
 */
public final class PlainErrorPage {

    private PlainErrorPage() {}

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        Locale locale = LanguagePreference.of(request.getCookies());
        String title = escape(Translations.translate(key + ".title", locale));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale.getLanguage()
                        + "\"><head><meta charset=\"utf-8\"><title>"
                        + title + "</title></head><body><h1>" + title + "</h1><p>"
                        + escape(Translations.translate(key + ".text", locale))
                        + "</p><p><a href=\"/\">"
                        + escape(Translations.translate("error.back-to-catalogue", locale))
                        + "</a></p></body></html>");
    }

    /** Markup characters only: the page is UTF-8, so accents stay as they are. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
