package fr.passeportnumerique.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * Autocomplete over titles and glossary terms, matching any word's beginning ("fact" finds "Facturation
 * électronique" and "La facture électronique"), accents and case ignored. Rebuilt in memory with the index, then
 * swapped in, so lookups never wait.
 */
final class Suggester implements Closeable {

    private static final int MIN_PREFIX = 2;
    private volatile AnalyzingInfixSuggester current;

    void rebuild(Collection<SearchDocument> documents) throws IOException {
        AnalyzingInfixSuggester fresh = new AnalyzingInfixSuggester(
                new ByteBuffersDirectory(), FrenchAnalysis.words(), FrenchAnalysis.words(), MIN_PREFIX, false);
        fresh.build(new SuggestionInput(distinctTitles(documents)));
        AnalyzingInfixSuggester previous = current;
        current = fresh;
        if (previous != null) {
            previous.close();
        }
    }

    List<Suggestion> lookup(String prefix, int count) throws IOException {
        AnalyzingInfixSuggester suggester = current;
        String typed = UserQuery.parse(prefix).allText();
        if (suggester == null || typed.length() < MIN_PREFIX) {
            return List.of();
        }
        List<Suggestion> suggestions = new ArrayList<>();
        for (Lookup.LookupResult result : suggester.lookup(typed, count, true, false)) {
            suggestions.add(new Suggestion(result.key.toString(), result.payload.utf8ToString()));
        }
        return suggestions;
    }

    /** One suggestion a title: a glossary term repeated in several modules is offered once. */
    private static List<SearchDocument> distinctTitles(Collection<SearchDocument> documents) {
        Set<String> seen = new HashSet<>();
        return documents.stream()
                .filter(document -> seen.add(document.title().toLowerCase(Locale.ROOT)))
                .toList();
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
        }
    }

    /** Modules weigh most, then glossary terms, then lessons. */
    static long weight(SearchDocument document) {
        return switch (document.type()) {
            case MODULE -> 3;
            case GLOSSARY -> 2;
            case LESSON -> 1;
            case EXPERT, PACK -> 0;
        };
    }

    private static final class SuggestionInput implements org.apache.lucene.search.suggest.InputIterator {

        private final Iterator<SearchDocument> documents;
        private SearchDocument currentDocument;

        SuggestionInput(List<SearchDocument> documents) {
            this.documents = documents.iterator();
        }

        @Override
        public BytesRef next() {
            if (!documents.hasNext()) {
                return null;
            }
            currentDocument = documents.next();
            return new BytesRef(currentDocument.title());
        }

        @Override
        public long weight() {
            return Suggester.weight(currentDocument);
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(currentDocument.href());
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
