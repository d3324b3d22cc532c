package fr.passeportnumerique.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** The French texts the learner reads and clicks, from the application's own translation bundle. */
final class LearnerTexts {

    private static final Properties FRENCH = load("vaadin-i18n/translations_fr.properties");

    static final String FINISH_LESSON = text("learning.finish");
    static final String LESSON_DONE = text("learning.done");
    static final String SUBMIT_QUIZ = text("quiz.submit");
    static final String QUIZ_PASSED = text("quiz.result.passed");
    static final String QUIZ_FAILED = text("quiz.result.failed");
    static final String SIGN_OUT = text("layout.logout");
    /** What pages and notifications say when something went wrong on the server's side. */
    static final List<String> ERRORS = List.of(
            text("error.not-found.title"), text("error.server.title"), text("error.action"), text("error.unavailable"));

    private LearnerTexts() {}

    static String text(String key) {
        String text = FRENCH.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No French text for " + key);
        }
        return text;
    }

    private static Properties load(String resource) {
        try (InputStream in = LearnerTexts.class.getClassLoader().getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
