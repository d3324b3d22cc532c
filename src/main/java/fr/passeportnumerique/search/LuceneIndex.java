package fr.passeportnumerique.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * One Lucene index of {@link SearchDocument}s: its writer, the views that searches run on, and the searches'
 * entry points. Writes replace the whole set in one commit while searches go on against the previous view;
 * {@link SearcherManager} then opens the new one. Knows nothing of Spring or of the curriculum, so that benchmarks can
 * build one on any corpus. The documents' fields are {@link IndexedDocuments}', the searches {@link IndexSearch}'s.
 */
final class LuceneIndex implements Closeable {

    /**
     * Changes whenever the fields or their analysis change, so that an index written by an earlier release is rebuilt.
     */
    static final String LAYOUT = "layout-2";

    private static final String CONTENT_VERSION = "contentVersion";

    private final Directory directory;
    private final SearchFacets facets = new SearchFacets();
    private final IndexSearch searches;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Suggester suggester = new Suggester();

    LuceneIndex(Directory directory, Synonyms synonyms) throws IOException {
        this.directory = directory;
        Analyzer text = FrenchAnalysis.text();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(
                text,
                Map.of(SearchFields.WORDS, FrenchAnalysis.words(), SearchFields.BODY_PAIRS, FrenchAnalysis.pairs()));
        this.searches = new IndexSearch(analyzer, facets, new QueryFactory(text, synonyms));
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
    }

    void useSynonyms(Synonyms synonyms) {
        searches.useSynonyms(synonyms);
    }

    /** Replaces every document in one commit, tagged with the content version it was built from. */
    synchronized void replaceAll(Collection<SearchDocument> documents, String contentVersion) throws IOException {
        writer.deleteAll();
        for (SearchDocument document : documents) {
            writer.addDocument(facets.withFacets(IndexedDocuments.toLucene(document), document));
        }
        // A full rebuild ends in one segment: fewer lookups per term and tighter score bounds for skipping.
        writer.forceMerge(1);
        writer.setLiveCommitData(Map.of(CONTENT_VERSION, contentVersion).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        suggester.rebuild(documents);
    }

    /** Autocomplete lives in memory: after a restart on an unchanged index it is built again from the documents. */
    void rebuildSuggestions(Collection<SearchDocument> documents) throws IOException {
        suggester.rebuild(documents);
    }

    Optional<String> contentVersion() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Optional.empty();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return Optional.ofNullable(reader.getIndexCommit().getUserData().get(CONTENT_VERSION));
        }
    }

    /**
     * Reads every file of the index against its checksum. Opening an index only checks the files' headers and
     * footers: damage inside a file (a disk fault) would otherwise go unnoticed until a search stumbles on it.
     */
    void verifyIntegrity() throws IOException {
        read(searcher -> {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
            return null;
        });
    }

    /** How many documents the current view of the index holds. */
    int documentCount() throws IOException {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    SearchResults search(SearchRequest request) throws IOException {
        return read(searcher -> searches.search(searcher, request));
    }

    List<Suggestion> suggest(String prefix, int count) throws IOException {
        return suggester.lookup(prefix, count);
    }

    /** The bare search, without facets nor snippets: the keys of the best answers (for benchmarks and tests). */
    List<String> topKeys(String typed, int count) throws IOException {
        return read(searcher -> searches.best(searcher, typed, count, Set.of(SearchFields.KEY))).stream()
                .map(stored -> stored.get(SearchFields.KEY))
                .toList();
    }

    /** The best answers' titles and addresses only, for suggestions as the person types: no facets, no snippets. */
    List<Suggestion> quickAnswers(String typed, int count) throws IOException {
        Set<String> fields = Set.of(SearchFields.TITLE, SearchFields.HREF);
        return read(searcher -> searches.best(searcher, typed, count, fields)).stream()
                .map(stored -> new Suggestion(stored.get(SearchFields.TITLE), stored.get(SearchFields.HREF)))
                .toList();
    }

    /** Runs on the current view of the index, which a rebuild meanwhile does not close. */
    private <T> T read(Reading<T> reading) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return reading.on(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    @FunctionalInterface
    private interface Reading<T> {
        T on(IndexSearcher searcher) throws IOException;
    }

    @Override
    public void close() throws IOException {
        suggester.close();
        searchers.close();
        writer.close();
        directory.close();
    }
}
