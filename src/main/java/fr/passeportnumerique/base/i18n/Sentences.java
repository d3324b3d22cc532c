package fr.passeportnumerique.base.i18n;

import java.util.List;

/** Lists written as a sentence: "A", "A et B", "A, B et C". */
public final class Sentences {

    private Sentences() {}

    public static String join(List<String> items, String and) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.getLast();
    }
}
