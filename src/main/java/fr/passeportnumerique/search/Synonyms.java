package fr.passeportnumerique.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The field's synonyms, from {@code content/search/synonymes.txt}: one group of equivalent words or expressions a
 * line, separated by commas. A query that contains one entry of a group also looks for the others. Entries are
 * compared once analysed (accents, plurals and elisions do not matter), and expanded by the query builder into
 * phrase queries, which keeps multi-word synonyms ("mot de passe", "mdp") exact.
 *
 * <p>Not Lucene's {@code SynonymGraphFilter} (decision 009): its parser refuses entries holding a stop word ("mot de
 * passe") when the analysis chain removes them, and a stop filter after a synonym graph breaks the graph.
 */
final class Synonyms {

    private final List<List<Entry>> groups;

    private Synonyms(List<List<Entry>> groups) {
        this.groups = groups;
    }

    static Synonyms none() {
        return new Synonyms(List.of());
    }

    static Synonyms fromFile(Path file, Analyzer analyzer) {
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Synonyms parse(List<String> lines, Analyzer analyzer) {
        List<List<Entry>> groups = new ArrayList<>();
        for (String line : lines) {
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            List<Entry> group = Arrays.stream(content.split(","))
                    .map(String::strip)
                    .filter(text -> !text.isEmpty())
                    .map(text -> new Entry(text, tokens(analyzer, text)))
                    .filter(entry -> !entry.tokens().isEmpty())
                    .toList();
            if (group.size() > 1) {
                groups.add(group);
            }
        }
        return new Synonyms(List.copyOf(groups));
    }

    int groupCount() {
        return groups.size();
    }

    /** The other entries of every group one of whose entries appears, word for word, in the query. */
    Set<String> expansionsOf(List<String> queryTokens) {
        Set<String> expansions = new LinkedHashSet<>();
        for (List<Entry> group : groups) {
            boolean present =
                    group.stream().anyMatch(entry -> Collections.indexOfSubList(queryTokens, entry.tokens()) >= 0);
            if (present) {
                group.stream()
                        .filter(entry -> Collections.indexOfSubList(queryTokens, entry.tokens()) < 0)
                        .map(Entry::text)
                        .forEach(expansions::add);
            }
        }
        return expansions;
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private record Entry(String text, List<String> tokens) {}
}
