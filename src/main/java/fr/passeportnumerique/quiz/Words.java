package fr.passeportnumerique.quiz;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Comparing typed words the way a teacher would: no case, no accents, no punctuation, a typo forgiven. */
final class Words {

    private Words() {}

    /** "  L'Hameçonnage ! " → "l hameconnage". */
    static String normalise(String text) {
        String withoutAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
    }

    static int allowedTypos(String expected) {
        int letters = expected.replace(" ", "").length();
        return letters >= 10 ? 2 : letters >= 5 ? 1 : 0;
    }

    /** The number of letters to insert, delete or change to go from one text to the other (Levenshtein). */
    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
