package fr.passeportnumerique.curriculum.format;

import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code quiz.yaml} read into a {@link QuizFile} by Jackson, and written in the style of the shipped files: block
 * lists, two spaces, every text double-quoted, a blank line between questions, so that a trainer's save changes
 * only what the trainer changed.
 */
public final class QuizFileFormat {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .build();

    private QuizFileFormat() {}

    /**
     * The quiz, or empty when the text is not a quiz's shape (not YAML, a list where a text is expected...): the
     * importer says where, line by line, before a quiz is ever published.
     */
    public static Optional<QuizFile> read(String yaml) {
        try {
            return Optional.ofNullable(MAPPER.readValue(yaml, QuizFile.class));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** A published quiz, checked when it was imported. */
    public static QuizFile readPublished(String yaml) {
        return read(yaml).orElseThrow(() -> new IllegalStateException("A published quiz file cannot be read"));
    }

    public static String write(QuizFile quiz) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("pass_mark: ").append(quiz.passMark()).append('\n');
        quiz.draw().ifPresent(draw -> yaml.append("draw: ").append(draw).append('\n'));
        yaml.append("questions:\n");
        for (int i = 0; i < quiz.questions().size(); i++) {
            if (i > 0) {
                yaml.append('\n');
            }
            write(quiz.questions().get(i), yaml);
        }
        return yaml.toString();
    }

    private static void write(QuizQuestion question, StringBuilder yaml) {
        yaml.append("  - id: ").append(question.id()).append('\n');
        yaml.append("    type: ").append(question.type().yamlName()).append('\n');
        if (question.difficulty() != null) {
            yaml.append("    difficulty: ").append(question.difficulty()).append('\n');
        }
        if (!question.taughtIn().isBlank()) {
            field(yaml, "    taught_in", question.taughtIn());
        }
        if (question.type() == QuestionType.SCENARIO) {
            field(yaml, "    situation", question.situation());
        }
        field(yaml, "    prompt", question.prompt());
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, SCENARIO -> {
                yaml.append("    choices:\n");
                for (QuizQuestion.Choice choice : question.choices()) {
                    field(yaml, "      - text", choice.text());
                    if (choice.correct()) {
                        yaml.append("        correct: true\n");
                    }
                    if (!choice.feedback().isBlank()) {
                        field(yaml, "        feedback", choice.feedback());
                    }
                }
            }
            case TRUE_FALSE ->
                yaml.append("    answer: ")
                        .append(Boolean.TRUE.equals(question.answer()))
                        .append('\n');
            case ORDERING -> list(yaml, "items", question.items());
            case MATCHING -> {
                yaml.append("    pairs:\n");
                for (QuizQuestion.Pair pair : question.pairs()) {
                    field(yaml, "      - term", pair.term());
                    field(yaml, "        definition", pair.definition());
                }
            }
            case SHORT_ANSWER -> list(yaml, "accepted", question.accepted());
        }
        field(yaml, "    explanation", question.explanation());
    }

    private static void list(StringBuilder yaml, String name, List<String> values) {
        yaml.append("    ").append(name).append(":\n");
        values.forEach(value -> yaml.append("      - ").append(quoted(value)).append('\n'));
    }

    private static void field(StringBuilder yaml, String name, String value) {
        yaml.append(name).append(": ").append(quoted(value)).append('\n');
    }

    static String quoted(String value) {
        String clean = value == null ? "" : value.strip().replace("\r\n", "\n");
        return "\""
                + clean.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t")
                + "\"";
    }
}
