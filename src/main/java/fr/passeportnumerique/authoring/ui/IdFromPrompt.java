package fr.passeportnumerique.authoring.ui;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A question's identifier made from the first words of its prompt, when the trainer leaves it empty. */
final class IdFromPrompt {

    private IdFromPrompt() {}

    static String of(String prompt) {
        String plain = Normalizer.normalize(prompt == null ? "" : prompt, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        String id = Arrays.stream(plain.split(" "))
                .filter(word -> word.length() > 2)
                .limit(5)
                .collect(Collectors.joining("-"));
        return id.isEmpty() ? "question" : id;
    }
}
