package fr.passeportnumerique.search;

import java.io.Closeable;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;

/**
 * One Lucene index of {@link SearchDocument}s and the searches on it. Writes replace the whole set in one commit
 * while searches go on against the previous view; {@link SearcherManager} then opens the new one. Knows nothing of
 * Spring or of the curriculum, so that benchmarks can build one on any corpus.
 */
final class LuceneIndex implements Closeable {

    static final String TYPE_FACET = "typeFacet";
    static final String MODULE_FACET = "moduleFacet";
    /**
     * Changes whenever the fields or their analysis change, so that an index written by an earlier release is rebuilt.
     */
    static final String LAYOUT = "layout-2";

    private static final String CONTENT_VERSION = "contentVersion";
    private static final int SNIPPET_LENGTH = 220;
    /** Below this many hits, the search forgives typos. */
    private static final int FEW_HITS = 3;

    /** The body keeps its offsets in the index, so that highlighting does not analyse the text again. */
    private static final FieldType BODY_TYPE = bodyType();

    private final Directory directory;
    private final Analyzer analyzer;
    private final FacetsConfig facets = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Suggester suggester = new Suggester();
    private volatile QueryFactory queries;
    private volatile FacetState facetState;

    LuceneIndex(Directory directory, Synonyms synonyms) throws IOException {
        this.directory = directory;
        Analyzer text = FrenchAnalysis.text();
        this.analyzer = new PerFieldAnalyzerWrapper(
                text,
                Map.of(SearchFields.WORDS, FrenchAnalysis.words(), SearchFields.BODY_PAIRS, FrenchAnalysis.pairs()));
        this.queries = new QueryFactory(text, synonyms);
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
    }

    void useSynonyms(Synonyms synonyms) {
        queries = new QueryFactory(FrenchAnalysis.text(), synonyms);
    }

    /** Replaces every document in one commit, tagged with the content version it was built from. */
    synchronized void replaceAll(Collection<SearchDocument> documents, String contentVersion) throws IOException {
        writer.deleteAll();
        for (SearchDocument document : documents) {
            writer.addDocument(facets.build(toLucene(document)));
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
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many documents the current view of the index holds. */
    int documentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    SearchResults search(SearchRequest request) throws IOException {
        UserQuery typed = UserQuery.parse(request.text());
        if (typed.isEmpty()) {
            return SearchResults.empty();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            SearchResults exact = search(searcher, typed, request, false);
            if (exact.total() >= FEW_HITS || typed.freeText().isBlank()) {
                return exact;
            }
            SearchResults forgiving = search(searcher, typed, request, true);
            if (forgiving.total() > exact.total()) {
                return forgiving;
            }
            if (exact.total() > 0) {
                return exact;
            }
            return new SearchResults(
                    List.of(),
                    0,
                    Map.of(),
                    List.of(),
                    true,
                    new Spelling(searcher.getIndexReader()).correct(typed.allText()));
        } finally {
            searchers.release(searcher);
        }
    }

    List<Suggestion> suggest(String prefix, int count) throws IOException {
        return suggester.lookup(prefix, count);
    }

    private SearchResults search(IndexSearcher searcher, UserQuery typed, SearchRequest request, boolean typoTolerant)
            throws IOException {
        Optional<Query> built = queries.build(typed, typoTolerant, request.contextModule());
        if (built.isEmpty()) {
            return SearchResults.empty();
        }
        Query query = built.get();
        FacetsCollectorManager.FacetsResult all =
                FacetsCollectorManager.search(searcher, query, TypeWeights.DEPTH, new FacetsCollectorManager());
        Facets counts = new SortedSetDocValuesFacetCounts(facetState(searcher.getIndexReader()), all.facetsCollector());
        boolean filtered = request.type().isPresent() || request.module().isPresent();
        TopDocs top = TypeWeights.rerank(
                searcher,
                filtered ? searcher.search(narrow(query, request), TypeWeights.DEPTH) : all.topDocs(),
                request.limit());
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.FRENCH), SNIPPET_LENGTH, 0.3f))
                .build();
        String[] snippets = highlighter.highlight(SearchFields.BODY, query, top, 1);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc scored = top.scoreDocs[i];
            hits.add(hit(searcher.storedFields().document(scored.doc), snippets[i], scored.score));
        }
        return new SearchResults(
                hits,
                all.topDocs().totalHits.value(),
                typeCounts(counts),
                moduleCounts(counts),
                typoTolerant,
                Optional.empty());
    }

    /** The bare search, without facets nor snippets: the keys of the best answers (for benchmarks and tests). */
    List<String> topKeys(String typed, int count) throws IOException {
        return best(typed, count, Set.of(SearchFields.KEY)).stream()
                .map(stored -> stored.get(SearchFields.KEY))
                .toList();
    }

    /** The best answers' titles and addresses only, for suggestions as the person types: no facets, no snippets. */
    List<Suggestion> quickAnswers(String typed, int count) throws IOException {
        return best(typed, count, Set.of(SearchFields.TITLE, SearchFields.HREF)).stream()
                .map(stored -> new Suggestion(stored.get(SearchFields.TITLE), stored.get(SearchFields.HREF)))
                .toList();
    }

    private List<Document> best(String typed, int count, Set<String> fields) throws IOException {
        Optional<Query> built = queries.build(UserQuery.parse(typed), false, Optional.empty());
        if (built.isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            List<Document> best = new ArrayList<>();
            // Counting hits exactly is not needed here: Lucene may skip as soon as it has the candidates.
            TopDocs candidates =
                    searcher.search(built.get(), new TopScoreDocCollectorManager(TypeWeights.DEPTH, TypeWeights.DEPTH));
            for (ScoreDoc scored : TypeWeights.rerank(searcher, candidates, count).scoreDocs) {
                best.add(searcher.storedFields().document(scored.doc, fields));
            }
            return best;
        } finally {
            searchers.release(searcher);
        }
    }

    /** The chosen type and module filter the hits; the counts above stay those of the whole search. */
    private static Query narrow(Query query, SearchRequest request) {
        if (request.type().isEmpty() && request.module().isEmpty()) {
            return query;
        }
        BooleanQuery.Builder narrowed = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        request.type()
                .ifPresent(type -> narrowed.add(
                        new TermQuery(new Term(SearchFields.TYPE, type.name())), BooleanClause.Occur.FILTER));
        request.module()
                .ifPresent(module ->
                        narrowed.add(new TermQuery(new Term(SearchFields.MODULE, module)), BooleanClause.Occur.FILTER));
        return narrowed.build();
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facets));
            facetState = current;
        }
        return current.state();
    }

    private static Map<ResultType, Integer> typeCounts(Facets counts) throws IOException {
        Map<ResultType, Integer> byType = new EnumMap<>(ResultType.class);
        FacetResult result = counts.getTopChildren(ResultType.values().length, TYPE_FACET);
        if (result != null) {
            for (LabelAndValue child : result.labelValues) {
                byType.put(ResultType.valueOf(child.label), child.value.intValue());
            }
        }
        return byType;
    }

    private static List<SearchResults.ModuleCount> moduleCounts(Facets counts) throws IOException {
        FacetResult result = counts.getTopChildren(100, MODULE_FACET);
        if (result == null) {
            return List.of();
        }
        List<SearchResults.ModuleCount> modules = new ArrayList<>();
        for (LabelAndValue child : result.labelValues) {
            String[] parts = child.label.split("\\|", 3);
            modules.add(new SearchResults.ModuleCount(
                    parts[1], parts[2], Integer.parseInt(parts[0]), child.value.intValue()));
        }
        modules.sort(Comparator.comparingInt(SearchResults.ModuleCount::moduleNumber));
        return modules;
    }

    private static SearchHit hit(Document stored, String snippet, float score) {
        String body = stored.get(SearchFields.BODY);
        String shown = snippet != null && !snippet.isBlank() ? snippet : Snippets.opening(body, SNIPPET_LENGTH);
        return new SearchHit(
                ResultType.valueOf(stored.get(SearchFields.TYPE)),
                stored.getField(SearchFields.MODULE_NUMBER).numericValue().intValue(),
                stored.get(SearchFields.MODULE),
                stored.get(SearchFields.MODULE_TITLE),
                Optional.ofNullable(stored.get(SearchFields.LESSON)),
                stored.get(SearchFields.TITLE),
                shown,
                stored.get(SearchFields.HREF),
                score);
    }

    private static Document toLucene(SearchDocument source) {
        Document document = new Document();
        document.add(new StringField(SearchFields.KEY, source.key(), Field.Store.YES));
        document.add(new StringField(SearchFields.TYPE, source.type().name(), Field.Store.YES));
        document.add(new StringField(SearchFields.MODULE, source.moduleSlug(), Field.Store.YES));
        document.add(new StoredField(SearchFields.MODULE_NUMBER, source.moduleNumber()));
        document.add(new StoredField(SearchFields.MODULE_TITLE, source.moduleTitle()));
        source.lessonSlug().ifPresent(lesson -> document.add(new StoredField(SearchFields.LESSON, lesson)));
        document.add(new TextField(SearchFields.TITLE, source.title(), Field.Store.YES));
        document.add(new Field(SearchFields.BODY, source.body(), BODY_TYPE));
        document.add(new TextField(SearchFields.BODY_PAIRS, source.body(), Field.Store.NO));
        document.add(new TextField(SearchFields.WORDS, source.title() + " " + source.body(), Field.Store.NO));
        document.add(new StoredField(SearchFields.HREF, source.href()));
        document.add(new FloatDocValuesField(SearchFields.TYPE_WEIGHT, typeWeight(source.type())));
        document.add(new SortedSetDocValuesFacetField(TYPE_FACET, source.type().name()));
        if (source.type().isCurriculum()) {
            document.add(new SortedSetDocValuesFacetField(
                    MODULE_FACET, source.moduleNumber() + "|" + source.moduleSlug() + "|" + source.moduleTitle()));
        }
        return document;
    }

    /**
     * Lessons answer questions; a module's page and a glossary term summarise. The judged queries showed module pages
     * outranking the lesson that answers, so they weigh less unless their match is much stronger. Experts and packs
     * weigh least: a question about the subject is answered by a lesson first, a name or a place still finds them.
     */
    static float typeWeight(ResultType type) {
        return switch (type) {
            case LESSON -> 1f;
            case GLOSSARY -> 0.5f;
            case MODULE -> 0.4f;
            case PACK -> 0.4f;
            case EXPERT -> 0.3f;
        };
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    @Override
    public void close() throws IOException {
        suggester.close();
        searchers.close();
        writer.close();
        directory.close();
    }

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {}
}
