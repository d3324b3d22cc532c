package fr.passeportnumerique.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void no_text_uses_the_straight_apostrophe_that_message_format_would_swallow() {
        for (Locale locale : Translations.LOCALES) {
            ResourceBundle bundle = Translations.bundle(locale);
            for (String key : keys(locale)) {
                assertThat(bundle.getString(key)).as(locale + " " + key).doesNotContain("'");
            }
        }
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
    void plurals_read_naturally() {
        assertThat(Translations.translate("module.lesson-count", Locale.FRENCH, 1))
                .isEqualTo("1 leçon");
        assertThat(Translations.translate("module.lesson-count", Locale.FRENCH, 4))
                .isEqualTo("4 leçons");
        assertThat(Translations.translate("module.lesson-count", Locale.ENGLISH, 4))
                .isEqualTo("4 lessons");
    }

    private static void collect(Matcher matcher, String prefix, Set<String> into) {
        while (matcher.find()) {
            into.add(prefix + matcher.group(1));
        }
    }
}
