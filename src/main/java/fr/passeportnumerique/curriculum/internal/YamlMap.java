package fr.passeportnumerique.curriculum.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read without building any object from it, so that each value keeps the line it was written
 * on. Every accessor reports what is wrong to the file's problems and returns empty rather than throwing.
 */
final class YamlMap {

    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final int line;
    private final int firstLine;
    private final Problems.FileProblems problems;

    private YamlMap(MappingNode node, int firstLine, Problems.FileProblems problems) {
        this.firstLine = firstLine;
        this.problems = problems;
        this.line = lineOf(node);
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (entries.putIfAbsent(key, tuple) != null) {
                problems.add(lineOf(tuple.getKeyNode()), "duplicate-field", key);
            }
        }
    }

    /** Parses a YAML text whose first line is line {@code firstLine} of its file. */
    static Optional<YamlMap> parse(String yaml, int firstLine, Problems.FileProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(1_000_000);
        try {
            Node root = new Yaml(options).compose(new StringReader(yaml));
            if (root instanceof MappingNode mapping) {
                return Optional.of(new YamlMap(mapping, firstLine, problems));
            }
            problems.add(firstLine, "not-a-mapping");
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null
                    ? firstLine
                    : firstLine + e.getProblemMark().getLine();
            problems.add(line, "yaml-syntax", e.getProblem());
        } catch (YAMLException e) {
            problems.add(firstLine, "yaml-syntax", e.getMessage());
        }
        return Optional.empty();
    }

    int line() {
        return line;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Reports every key that is not among the allowed ones: a typo must not silently drop a value. */
    void rejectUnknownKeys(Set<String> allowed) {
        entries.forEach((key, tuple) -> {
            if (!allowed.contains(key)) {
                problems.add(lineOf(tuple.getKeyNode()), "unknown-field", key);
            }
        });
    }

    Optional<String> text(String key, boolean required, int maxLength) {
        Optional<ScalarNode> scalar = scalar(key, required, "not-text");
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        String value = scalar.get().getValue().strip();
        int at = lineOf(scalar.get());
        if (value.isEmpty()) {
            if (required) {
                problems.add(at, "missing-field", key);
            }
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            problems.add(at, "too-long", key, String.valueOf(maxLength));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    Optional<Integer> integer(String key, boolean required, int min, int max) {
        Optional<ScalarNode> scalar = scalar(key, required, "not-a-number");
        if (scalar.isEmpty()) {
            return Optional.empty();
        }
        String value = scalar.get().getValue().strip();
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return Optional.of(number);
            }
        } catch (NumberFormatException e) {
            // reported below, with the range the value must be in
        }
        problems.add(lineOf(scalar.get()), "out-of-range", key, String.valueOf(min), String.valueOf(max));
        return Optional.empty();
    }

    Optional<Boolean> bool(String key, boolean required) {
        Optional<ScalarNode> scalar = scalar(key, required, "not-true-false");
        return scalar.flatMap(node -> switch (node.getValue().strip()) {
            case "true", "True", "TRUE" -> Optional.of(true);
            case "false", "False", "FALSE" -> Optional.of(false);
            default -> {
                problems.add(lineOf(node), "not-true-false", key);
                yield Optional.empty();
            }
        });
    }

    /** A list of short texts; absent means empty unless required. */
    List<String> texts(String key, boolean required, int maxLength) {
        List<String> values = new ArrayList<>();
        for (Node item : sequence(key, required)) {
            if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                String value = scalar.getValue().strip();
                if (value.length() > maxLength) {
                    problems.add(lineOf(item), "too-long", key, String.valueOf(maxLength));
                } else {
                    values.add(value);
                }
            } else {
                problems.add(lineOf(item), "not-text", key);
            }
        }
        return values;
    }

    List<YamlMap> maps(String key, boolean required) {
        List<YamlMap> values = new ArrayList<>();
        for (Node item : sequence(key, required)) {
            if (item instanceof MappingNode mapping) {
                values.add(new YamlMap(mapping, firstLine, problems));
            } else {
                problems.add(lineOf(item), "not-a-mapping");
            }
        }
        return values;
    }

    private List<Node> sequence(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(line, "missing-field", key);
            }
            return List.of();
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            if (required && sequence.getValue().isEmpty()) {
                problems.add(lineOf(sequence), "missing-field", key);
            }
            return sequence.getValue();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar
                && scalar.getValue().isBlank()) {
            if (required) {
                problems.add(lineOf(scalar), "missing-field", key);
            }
            return List.of();
        }
        problems.add(lineOf(tuple.getValueNode()), "not-a-list", key);
        return List.of();
    }

    private Optional<ScalarNode> scalar(String key, boolean required, String wrongShapeCode) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.add(line, "missing-field", key);
            }
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            return Optional.of(scalar);
        }
        problems.add(lineOf(tuple.getValueNode()), wrongShapeCode, key);
        return Optional.empty();
    }

    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : lineOf(tuple.getValueNode());
    }

    private int lineOf(Node node) {
        return firstLine + node.getStartMark().getLine();
    }
}
