package fr.passeportnumerique.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Answers and presentation orders as JSON in the attempt's row, so an attempt can be resumed exactly. */
final class AnswerCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AnswerCodec() {}

    static String writeAnswers(Map<String, Answer> answers) {
        ObjectNode root = JSON.createObjectNode();
        answers.forEach((questionId, answer) -> root.set(questionId, write(answer)));
        return JSON.writeValueAsString(root);
    }

    static Map<String, Answer> readAnswers(String json) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        JsonNode root = JSON.readTree(json);
        for (String questionId : root.propertyNames()) {
            answers.put(questionId, read(root.get(questionId)));
        }
        return answers;
    }

    static String writeOrder(Map<String, List<Integer>> order) {
        return JSON.writeValueAsString(order);
    }

    static Map<String, List<Integer>> readOrder(String json) {
        Map<String, List<Integer>> order = new LinkedHashMap<>();
        JsonNode root = JSON.readTree(json);
        for (String questionId : root.propertyNames()) {
            List<Integer> positions = new ArrayList<>();
            root.get(questionId).forEach(position -> positions.add(position.asInt()));
            order.put(questionId, positions);
        }
        return order;
    }

    private static JsonNode write(Answer answer) {
        ObjectNode node = JSON.createObjectNode();
        switch (answer) {
            case Answer.Chosen chosen -> {
                node.put("kind", "chosen");
                chosen.choices().stream().sorted().forEach(node.putArray("values")::add);
            }
            case Answer.TrueOrFalse value -> {
                node.put("kind", "boolean");
                if (value.value() != null) {
                    node.put("value", value.value());
                }
            }
            case Answer.Ordered ordered -> {
                node.put("kind", "ordered");
                ordered.items().forEach(node.putArray("values")::add);
            }
            case Answer.Matched matched -> {
                node.put("kind", "matched");
                ObjectNode pairs = node.putObject("pairs");
                matched.definitionOfTerm().forEach((term, definition) -> pairs.put(String.valueOf(term), definition));
            }
            case Answer.Typed typed -> {
                node.put("kind", "typed");
                node.put("text", typed.text() == null ? "" : typed.text());
            }
        }
        return node;
    }

    private static Answer read(JsonNode node) {
        return switch (node.get("kind").asString()) {
            case "chosen" -> new Answer.Chosen(new HashSet<>(integers(node.get("values"))));
            case "boolean" ->
                new Answer.TrueOrFalse(node.has("value") ? node.get("value").asBoolean() : null);
            case "ordered" -> new Answer.Ordered(integers(node.get("values")));
            case "matched" -> {
                Map<Integer, Integer> pairs = new HashMap<>();
                JsonNode stored = node.get("pairs");
                stored.propertyNames()
                        .forEach(term -> pairs.put(
                                Integer.parseInt(term), stored.get(term).asInt()));
                yield new Answer.Matched(pairs);
            }
            default -> new Answer.Typed(node.get("text").asString());
        };
    }

    private static List<Integer> integers(JsonNode array) {
        List<Integer> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asInt()));
        }
        return values;
    }
}
