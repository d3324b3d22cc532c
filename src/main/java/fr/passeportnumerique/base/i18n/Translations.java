package fr.passeportnumerique.base.i18n;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The translation bundles ({@code vaadin-i18n/translations_fr.properties} and {@code _en}). French is the
 * default; lookups never fall back to the machine's own locale, so a French page is French on any server.
 * Every text goes through ICU's {@link MessageFormat}, so that a count chooses its words by the language's plural
 * categories ({@code {0, plural, one {# leçon} other {# leçons}}}: French's "one" covers 0 and 1, English's only 1)
 * and numbers are written as the language writes them. The bundles use the typographic apostrophe (’), never the
 * straight one, which MessageFormat treats as a quote.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(FRENCH, ENGLISH);
    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final Map<Locale, Map<String, MessageFormat>> FORMATS = new ConcurrentHashMap<>();
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** The text of {@code key} in the given language (French when the language is not offered). */
    public static String translate(String key, Locale locale, Object... params) {
        try {
            Locale language = supported(locale);
            MessageFormat parsed = FORMATS.computeIfAbsent(language, any -> new ConcurrentHashMap<>())
                    .computeIfAbsent(
                            key, any -> new MessageFormat(bundle(language).getString(key), language));
            // Parsed once per text; a MessageFormat is not safe to share while it formats, so each use has a copy.
            return ((MessageFormat) parsed.clone()).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, locale);
            return "!" + key;
        }
    }

    /** Whether {@code key} names a text of the bundles. */
    public static boolean isKey(String key) {
        return bundle(FRENCH).containsKey(key);
    }

    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : FRENCH;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
