package fr.passeportnumerique.curriculum.format;

import java.util.List;
import java.util.Optional;

/**
 * A Markdown file that opens with YAML front matter between two {@code ---} lines, split into its two parts
 * with the line where each starts, so that problems point to the right line of the file. (Commonmark's YAML
 * front-matter extension is not used: it turns every value into a list of strings and forgets the lines.)
 */
public record FrontMatterFile(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";

    public static Optional<FrontMatterFile> split(String text) {
        List<String> lines = withoutByteOrderMark(text).lines().toList();
        if (lines.isEmpty() || !lines.getFirst().strip().equals(FENCE)) {
            return Optional.empty();
        }
        for (int closing = 1; closing < lines.size(); closing++) {
            if (lines.get(closing).strip().equals(FENCE)) {
                String yaml = String.join("\n", lines.subList(1, closing));
                String body = String.join("\n", lines.subList(closing + 1, lines.size()));
                return Optional.of(new FrontMatterFile(yaml, 2, body, closing + 2));
            }
        }
        return Optional.empty();
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
