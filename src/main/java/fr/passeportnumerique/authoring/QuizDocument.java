package fr.passeportnumerique.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * {@code quiz.yaml} to and from the editor's questions. Written in the style of the shipped files: block lists, two
 * spaces, every text double-quoted, a blank line between questions.
 */
final class QuizDocument {

    private QuizDocument() {}

    static QuizDraft read(String moduleSlug, String yaml, ItemStatus status, Optional<Long> draftVersion) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Map<?, ?> quiz = root instanceof Map<?, ?> map ? map : Map.of();
        int passMark = quiz.get("pass_mark") instanceof Number number ? number.intValue() : 70;
        Optional<Integer> draw =
                quiz.get("draw") instanceof Number number ? Optional.of(number.intValue()) : Optional.empty();
        List<QuestionDraft> questions = new ArrayList<>();
        if (quiz.get("questions") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> question) {
                    question(question).ifPresent(questions::add);
                }
            }
        }
        return new QuizDraft(moduleSlug, passMark, draw, questions, status, draftVersion);
    }

    private static Optional<QuestionDraft> question(Map<?, ?> question) {
        return QuestionType.of(text(question, "type"))
                .map(type -> new QuestionDraft(
                        text(question, "id"),
                        type,
                        text(question, "situation"),
                        text(question, "prompt"),
                        maps(question, "choices").stream()
                                .map(choice -> new QuestionDraft.Choice(
                                        text(choice, "text"),
                                        Boolean.TRUE.equals(choice.get("correct")),
                                        text(choice, "feedback")))
                                .toList(),
                        question.get("answer") instanceof Boolean answer ? answer : null,
                        texts(question, "items"),
                        maps(question, "pairs").stream()
                                .map(pair -> new QuestionDraft.Pair(text(pair, "term"), text(pair, "definition")))
                                .toList(),
                        texts(question, "accepted"),
                        text(question, "explanation")));
    }

    static String write(QuizDraft quiz) {
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

    private static void write(QuestionDraft question, StringBuilder yaml) {
        yaml.append("  - id: ").append(question.id()).append('\n');
        yaml.append("    type: ").append(question.type().yamlName()).append('\n');
        if (question.type() == QuestionType.SCENARIO) {
            field(yaml, "    situation", question.situation());
        }
        field(yaml, "    prompt", question.prompt());
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, SCENARIO -> {
                yaml.append("    choices:\n");
                for (QuestionDraft.Choice choice : question.choices()) {
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
                for (QuestionDraft.Pair pair : question.pairs()) {
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

    private static String text(Map<?, ?> map, String field) {
        Object value = map.get(field);
        return value == null ? "" : value.toString();
    }

    private static List<String> texts(Map<?, ?> map, String field) {
        return map.get(field) instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : List.of();
    }

    private static List<Map<?, ?>> maps(Map<?, ?> map, String field) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (map.get(field) instanceof List<?> list) {
            list.stream()
                    .filter(Map.class::isInstance)
                    .map(item -> (Map<?, ?>) item)
                    .forEach(maps::add);
        }
        return maps;
    }
}
