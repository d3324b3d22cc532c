package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.i18n.Translations;
import java.util.Locale;

/** Content problems in words, from the same translation bundles as the user interface. */
public final class ContentProblemMessages {

    private ContentProblemMessages() {}

    /** For the log: {@code file:line: message}, in English. */
    static String english(ContentProblem problem) {
        return problem.location() + ": " + message(problem, Translations.ENGLISH);
    }

    public static String message(ContentProblem problem, Locale locale) {
        return Translations.translate(
                problem.messageKey(), locale, problem.arguments().toArray());
    }
}
