package fr.passeportnumerique.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import fr.passeportnumerique.base.i18n.Translations;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

/** The language a person chose, remembered in a cookie for a year; French until they choose. */
public final class LanguagePreference {

    public static final String COOKIE = "pn-lang";

    private LanguagePreference() {}

    public static Locale of(VaadinRequest request) {
        return request == null ? Translations.FRENCH : of(request.getCookies());
    }

    /** The same, from a request's cookies (pages answered outside Vaadin). */
    public static Locale of(Cookie[] cookies) {
        if (cookies == null) {
            return Translations.FRENCH;
        }
        return Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()))
                .findFirst()
                .map(cookie -> Translations.supported(Locale.forLanguageTag(cookie.getValue())))
                .orElse(Translations.FRENCH);
    }

    static void remember(Locale locale, VaadinRequest request, VaadinResponse response) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
