package fr.passeportnumerique.authoring;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Identifiers made from a person's words: lower case, no accents, words joined by hyphens. */
public final class TextSlugs {

    private static final int MAX_LENGTH = 60;

    private TextSlugs() {}

    /** A lesson's slug or a file's name from its title ("Les sauvegardes, encore" → "les-sauvegardes-encore"). */
    public static String fromTitle(String title, String otherwise) {
        String slug = String.join("-", words(title));
        String cut = slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH).replaceAll("-$", "") : slug;
        return cut.isEmpty() ? otherwise : cut;
    }

    /** A question's identifier from the first meaningful words of its prompt. */
    public static String fromPrompt(String prompt) {
        String id = Arrays.stream(words(prompt))
                .filter(word -> word.length() > 2)
                .limit(5)
                .collect(Collectors.joining("-"));
        return id.isEmpty() ? "question" : id;
    }

    private static String[] words(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return plain.isEmpty() ? new String[0] : plain.split(" ");
    }
}
