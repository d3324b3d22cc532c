package fr.passeportnumerique.base.validation;

import fr.passeportnumerique.base.i18n.Translations;
import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;

/**
 * Bean Validation's messages in the person's language: a constraint whose message is a key of this application's
 * bundles is shown as that text (in Vaadin's {@code BeanValidationBinder} too, through
 * {@code META-INF/validation.xml}); any other message as Hibernate Validator words it.
 */
public class TranslatedMessages implements MessageInterpolator {

    private final MessageInterpolator standard = new ResourceBundleMessageInterpolator();

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Locale.getDefault());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return Translations.isKey(template)
                ? Translations.translate(template, locale)
                : standard.interpolate(template, context, locale);
    }
}
