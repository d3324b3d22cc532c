package fr.passeportnumerique.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, made safe: no query syntax is interpreted (AND, OR, *, brackets are words or nothing),
 * markup and control characters are dropped, the length is capped, and only balanced quotes make phrases.
 */
record UserQuery(String freeText, List<String> phrases) {

    static final int MAX_LENGTH = 200;
    private static final Pattern MARKUP = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern QUOTED = Pattern.compile("[\"«“]([^\"«»“”]*)[\"»”]");

    static UserQuery parse(String typed) {
        if (typed == null) {
            return new UserQuery("", List.of());
        }
        String text = MARKUP.matcher(typed).replaceAll(" ");
        text = text.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH);
        }
        List<String> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (quoted.find()) {
            String phrase = quoted.group(1).strip();
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
            quoted.appendReplacement(rest, " ");
        }
        quoted.appendTail(rest);
        String freeText = rest.toString()
                .replaceAll("[\"«»“”]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        return new UserQuery(freeText, List.copyOf(phrases));
    }

    boolean isEmpty() {
        return freeText.isBlank() && phrases.isEmpty();
    }

    /** Everything typed, phrases included, as plain words. */
    String allText() {
        return (freeText + " " + String.join(" ", phrases)).strip();
    }
}
