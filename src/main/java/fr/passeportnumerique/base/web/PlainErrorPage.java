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
 * too many new visits, a request target Tomcat refuses), in the language the person chose and in the site's style: a
 * title, what happened and what to do ({@code <key>.title}, {@code <key>.text}), and a way back to the catalogue.
 */
public final class PlainErrorPage {

    static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private PlainErrorPage() {}

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String key)
            throws IOException {
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.getWriter().write(html(request, key));
    }

    /** The page, in the language of the person's cookie. */
    static String html(HttpServletRequest request, String key) {
        Locale locale = LanguagePreference.of(request.getCookies());
        String title = escape(Translations.translate(key + ".title", locale));
        return "<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title><link rel=\"stylesheet\" href=\"/styles/app.css\"></head><body><main class=\"pn-main\">"
                + "<div class=\"pn-panel\"><h1 class=\"pn-title\">" + title + "</h1><p class=\"pn-lead\">"
                + escape(Translations.translate(key + ".text", locale))
                + "</p><a class=\"pn-button\" href=\"/\">"
                + escape(Translations.translate("error.back-to-catalogue", locale))
                + "</a></div></main></body></html>";
    }

    /** Markup characters only: the page is UTF-8, so accents stay as they are. */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
