package fr.passeportnumerique.quiz.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The values of the answer sheet's own inputs, as the browser's {@code FormData} lists them: {@code [[name, value],
 * ...]}, a name once per value (a check box group gives several). Whatever else arrives (the page is the learner's
 * to change) reads as no value at all: an unanswered question, never an error.
 */
record FormValues(Map<String, List<String>> byName) {

    /** Far above twenty questions' answers; more is not a quiz. */
    static final int MAX_CHARS = 64 * 1024;

    static final FormValues NONE = new FormValues(Map.of());

    private static final JsonMapper JSON = JsonMapper.builder().build();

    FormValues {
        byName = Map.copyOf(byName);
    }

    static FormValues parse(String pairs) {
        if (pairs == null || pairs.length() > MAX_CHARS) {
            return NONE;
        }
        try {
            JsonNode list = JSON.readTree(pairs);
            if (!list.isArray()) {
                return NONE;
            }
            Map<String, List<String>> byName = new LinkedHashMap<>();
            for (JsonNode pair : list) {
                if (pair.isArray()
                        && pair.size() == 2
                        && pair.get(0).isString()
                        && pair.get(1).isString()) {
                    byName.merge(
                            pair.get(0).asString(),
                            List.of(pair.get(1).asString()),
                            (before, more) -> Stream.concat(before.stream(), more.stream())
                                    .toList());
                }
            }
            return new FormValues(byName);
        } catch (JacksonException malformed) {
            return NONE;
        }
    }

    List<String> all(String name) {
        return byName.getOrDefault(name, List.of());
    }

    Optional<String> first(String name) {
        return all(name).stream().findFirst();
    }
}
