package fr.passeportnumerique.handoff.ui;

import java.util.List;

/** Lists written as a sentence: "A", "A et B", "A, B et C". */
final class Sentences {

    private Sentences() {}

    static String join(List<String> items, String and) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.getLast();
    }
}
