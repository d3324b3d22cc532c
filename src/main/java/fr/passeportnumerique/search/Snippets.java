package fr.passeportnumerique.search;

import org.apache.commons.text.StringEscapeUtils;

/** The opening of a text, cut at a word and escaped, for results whose body holds no matched word. */
final class Snippets {

    private Snippets() {}

    static String opening(String text, int length) {
        if (text == null) {
            return "";
        }
        String opening = text.length() <= length ? text : cutAtWord(text, length) + " …";
        return StringEscapeUtils.escapeHtml4(opening);
    }

    private static String cutAtWord(String text, int length) {
        int space = text.lastIndexOf(' ', length);
        return text.substring(0, space > length / 2 ? space : length).strip();
    }
}
