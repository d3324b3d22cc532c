package fr.passeportnumerique.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ibm.icu.text.MessageFormat;
import fr.passeportnumerique.curriculum.format.QuizRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Collections.list(Translations.bundle(locale).getKeys()));
    }

    @Test
    void french_and_english_have_the_same_keys() {
        assertThat(keys(Locale.ENGLISH)).containsExactlyElementsOf(keys(Locale.FRENCH));
    }

    /** A text of the bundles, named by its language and key. */
    private record Text(Locale locale, String key, String value) {

        String name() {
            return locale + " " + key;
        }
    }

    private static Stream<Text> texts() {
        return Translations.LOCALES.stream().flatMap(locale -> {
            ResourceBundle bundle = Translations.bundle(locale);
            return keys(locale).stream().map(key -> new Text(locale, key, bundle.getString(key)));
        });
    }

    @Test
    void no_text_uses_the_straight_apostrophe_that_message_format_would_swallow() {
        texts().forEach(text -> assertThat(text.value()).as(text.name()).doesNotContain("'"));
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern translation = Pattern.compile("(?:getTranslation|translate)\\(\"([a-z0-9.-]*[a-z0-9])\"\\s*[,)]");
        Pattern problem =
                Pattern.compile("\\.add\\((?:[^,()]|\\((?:[^()]|\\([^()]*\\))*\\))+,\\s*\"([a-z0-9-]+)\"\\s*[,)]");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                collect(translation.matcher(code), "", used);
                collect(problem.matcher(code), "content.problem.", used);
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        for (Locale locale : Translations.LOCALES) {
            assertThat(keys(locale)).as(locale.toString()).containsAll(used);
        }
    }

    @Test
    void every_quiz_rule_is_worded_for_the_editor_and_for_the_importer() {
        for (Locale locale : Translations.LOCALES) {
            for (QuizRule rule : QuizRule.values()) {
                String importerKey =
                        rule == QuizRule.TOO_LONG ? "content.problem.too-long" : "content.problem.quiz-" + rule.code();
                assertThat(keys(locale)).as(locale + " " + rule).contains("quiz-rules." + rule.code(), importerKey);
            }
        }
    }

    @Test
    void a_french_page_stays_french_whatever_the_machine_locale() {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Translations.translate("layout.nav.catalogue", Locale.FRENCH))
                    .isEqualTo("Catalogue");
            assertThat(Translations.translate("module.start", Locale.FRENCH)).isEqualTo("Commencer le module");
            assertThat(Translations.translate("module.start", Locale.GERMAN)).isEqualTo("Commencer le module");
            assertThat(Translations.translate("module.start", Locale.ENGLISH)).isEqualTo("Start the module");
        } finally {
            Locale.setDefault(machine);
        }
    }

    @Test
    void no_text_counts_with_a_parenthesised_plural_or_a_choice_format() {
        Pattern choice = Pattern.compile("\\{\\s*\\d+\\s*,\\s*choice\\b");
        texts().forEach(text -> {
            assertThat(text.value()).as(text.name() + ": use {0, plural, ...}").doesNotContain("(s)");
            assertThat(choice.matcher(text.value()).find())
                    .as(text.name() + ": use plural, not choice")
                    .isFalse();
        });
    }

    @Test
    void every_text_is_a_valid_icu_message() {
        texts().forEach(text -> assertThatCode(() -> new MessageFormat(text.value(), text.locale()))
                .as(text.name())
                .doesNotThrowAnyException());
    }

    @Test
    void counts_take_the_plural_of_their_language_for_zero_one_and_two() {
        assertThat(IntStream.of(0, 1, 2).mapToObj(n -> Translations.translate("passport.lead", Locale.FRENCH, n, 20)))
                .allSatisfy(text -> assertThat(text)
                        .endsWith("sur 20. Chaque module validé (toutes ses leçons lues et"
                                + " son quiz réussi) reçoit son tampon."))
                .map(text -> text.substring(0, text.indexOf(" sur")))
                .containsExactly("0 module tamponné", "1 module tamponné", "2 modules tamponnés");
        assertThat(IntStream.of(0, 1, 2)
                        .mapToObj(n -> Translations.translate("passport.progress", Locale.FRENCH, n, 3)))
                .containsExactly(
                        "À obtenir\u00a0: 0 leçon lue sur 3",
                        "À obtenir\u00a0: 1 leçon lue sur 3",
                        "À obtenir\u00a0: 2 leçons lues sur 3");
        assertThat(IntStream.of(0, 1, 2)
                        .mapToObj(n -> Translations.translate("passport.progress", Locale.ENGLISH, 0, n)))
                .containsExactly(
                        "To earn: 0 of 0 lessons read", "To earn: 0 of 1 lesson read", "To earn: 0 of 2 lessons read");
        assertThat(IntStream.of(0, 1, 2).mapToObj(n -> Translations.translate("module.lesson-count", Locale.FRENCH, n)))
                .containsExactly("aucune leçon", "1 leçon", "2 leçons");
        assertThat(IntStream.of(0, 1, 2)
                        .mapToObj(n -> Translations.translate("module.lesson-count", Locale.ENGLISH, n)))
                .containsExactly("no lessons", "1 lesson", "2 lessons");
        assertThat(IntStream.of(0, 1, 2).mapToObj(n -> Translations.translate("search.count", Locale.FRENCH, n, "tva")))
                .containsExactly(
                        "0 résultat pour «\u00a0tva\u00a0»",
                        "1 résultat pour «\u00a0tva\u00a0»",
                        "2 résultats pour «\u00a0tva\u00a0»");
        assertThat(IntStream.of(0, 1, 2)
                        .mapToObj(n -> Translations.translate("search.count", Locale.ENGLISH, n, "vat")))
                .containsExactly("0 results for “vat”", "1 result for “vat”", "2 results for “vat”");
        assertThat(IntStream.of(0, 1, 2)
                        .mapToObj(n -> Translations.translate("tracking.filter.days", Locale.ENGLISH, n)))
                .containsExactly("In the last 0 days", "In the last day", "In the last 2 days");
        assertThat(IntStream.of(0, 1, 2)
                        .mapToObj(n ->
                                Translations.translate("authoring.import.change.changed", Locale.FRENCH, "m", n, n, 0)))
                .containsExactly(
                        "m\u00a0: 0 fichier ajouté, 0 modifié, 0 supprimé",
                        "m\u00a0: 1 fichier ajouté, 1 modifié, 0 supprimé",
                        "m\u00a0: 2 fichiers ajoutés, 2 modifiés, 0 supprimé");
    }

    @Test
    void numbers_in_counts_are_grouped_as_each_language_writes_them() {
        assertThat(Translations.translate("module.lesson-count", Locale.FRENCH, 1290))
                .isEqualTo("1\u202f290 leçons");
        assertThat(Translations.translate("module.lesson-count", Locale.ENGLISH, 1290))
                .isEqualTo("1,290 lessons");
    }

    private static void collect(Matcher matcher, String prefix, Set<String> into) {
        while (matcher.find()) {
            into.add(prefix + matcher.group(1));
        }
    }
}
