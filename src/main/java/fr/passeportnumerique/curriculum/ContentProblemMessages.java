package fr.passeportnumerique.curriculum;

import fr.passeportnumerique.base.i18n.Translations;
import java.util.Locale;
import java.util.regex.Pattern;

/** Content problems in words, from the same translation bundles as the user interface. */
public final class ContentProblemMessages {

    /** A whole number as the problems record it: digits, without the leading zeros of a folder's "01". */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("0|[1-9][0-9]{0,17}");

    private ContentProblemMessages() {}

    /** For the log: {@code file:line: message}, in English. */
    static String english(ContentProblem problem) {
        return problem.location() + ": " + message(problem, Translations.ENGLISH);
    }

    public static String message(ContentProblem problem, Locale locale) {
        return Translations.translate(problem.messageKey(), locale, arguments(problem));
    }

    /**
     * Problems keep their arguments as text (they are stored with the import report); a number among them becomes a
     * number again, so that the message chooses its plural ("1 caractère", "200 caractères") and its digit grouping.
     */
    private static Object[] arguments(ContentProblem problem) {
        return problem.arguments().stream()
                .map(argument -> WHOLE_NUMBER.matcher(argument).matches() ? (Object) Long.valueOf(argument) : argument)
                .toArray();
    }
}
