package fr.passeportnumerique.authoring;

import fr.passeportnumerique.curriculum.format.FrontMatterFile;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A Markdown file of the content format: YAML fields between two {@code ---} lines, then the text. Fields keep
 * their order and, when unchanged, their lines as written, so that a save changes only what the trainer changed;
 * a changed field is written with its text quoted, so that a colon or a quote in a title cannot break the file.
 */
record FrontMatter(Map<String, Object> fields, String body, Map<String, Object> original, String originalYaml) {

    private static final String FENCE = "---";

    FrontMatter {
        fields = new LinkedHashMap<>(fields);
    }

    FrontMatter(Map<String, Object> fields, String body) {
        this(fields, body, Map.of(), "");
    }

    static FrontMatter parse(String text) {
        return FrontMatterFile.split(text)
                .map(file -> {
                    Object yaml = loader().load(file.yaml());
                    @SuppressWarnings("unchecked")
                    Map<String, Object> fields = yaml instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
                    return new FrontMatter(fields, file.body(), new LinkedHashMap<>(fields), file.yaml());
                })
                .orElseGet(() -> new FrontMatter(Map.of(), text));
    }

    String text(String field) {
        Object value = fields.get(field);
        return value == null ? "" : value.toString();
    }

    int number(String field, int otherwise) {
        return fields.get(field) instanceof Number number ? number.intValue() : otherwise;
    }

    @SuppressWarnings("unchecked")
    List<String> texts(String field) {
        return fields.get(field) instanceof List<?> list
                ? ((List<Object>) list).stream().map(String::valueOf).toList()
                : List.of();
    }

    /** A date field, as YAML reads {@code 2026-12-06} (a timestamp) or as a quoted text. */
    Optional<LocalDate> date(String field) {
        Object value = fields.get(field);
        if (value instanceof Date date) {
            return Optional.of(LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC));
        }
        try {
            return value == null
                    ? Optional.empty()
                    : Optional.of(LocalDate.parse(value.toString().strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The lesson's check date (left as written when none is given) and its sources. */
    FrontMatter withReview(Optional<LocalDate> reviewedOn, List<String> sources) {
        FrontMatter reviewed = reviewedOn.map(date -> with("reviewed", date)).orElse(this);
        return reviewed.with("sources", sources);
    }

    FrontMatter with(String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(fields);
        changed.put(field, value);
        return new FrontMatter(changed, body, original, originalYaml);
    }

    FrontMatter withBody(String newBody) {
        return new FrontMatter(fields, newBody, original, originalYaml);
    }

    String render() {
        StringBuilder text = new StringBuilder(FENCE).append('\n');
        Map<String, String> written = writtenLines();
        fields.forEach((name, value) -> {
            boolean unchanged = written.containsKey(name) && sameValue(original.get(name), value);
            text.append(unchanged ? written.get(name) : name + ": " + yamlValue(value))
                    .append('\n');
        });
        return text.append(FENCE).append('\n').append(body.strip()).append('\n').toString();
    }

    /** Each top-level field's lines as the file had them (a list written as a block spans several lines). */
    private Map<String, String> writtenLines() {
        Map<String, String> written = new LinkedHashMap<>();
        String current = null;
        for (String line : originalYaml.lines().toList()) {
            int colon = line.indexOf(':');
            boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-");
            if (topLevel && colon > 0) {
                current = line.substring(0, colon).strip();
                written.put(current, line);
            } else if (current != null) {
                written.put(current, written.get(current) + "\n" + line);
            }
        }
        return written;
    }

    private static boolean sameValue(Object before, Object after) {
        return before != null && after != null && String.valueOf(before).equals(String.valueOf(after));
    }

    private static String yamlValue(Object value) {
        if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? "[]" : flow().dump(list).strip();
        }
        return flow().dump(String.valueOf(value)).strip();
    }

    private static Yaml loader() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private static Yaml flow() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.FLOW);
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return new Yaml(options);
    }
}
