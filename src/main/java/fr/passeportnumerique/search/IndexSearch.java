package fr.passeportnumerique.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The searches run on a view of the index: a results page with counts and highlighted snippets, forgiving typos when
 * the exact words find little, and the bare best answers for suggestions and benchmarks.
 */
final class IndexSearch {

    /** Below this many hits, the search forgives typos. */
    private static final int FEW_HITS = 3;

    private final Analyzer analyzer;
    private final SearchFacets facets;
    private volatile QueryFactory queries;

    IndexSearch(Analyzer analyzer, SearchFacets facets, QueryFactory queries) {
        this.analyzer = analyzer;
        this.facets = facets;
        this.queries = queries;
    }

    void useSynonyms(Synonyms synonyms) {
        queries = new QueryFactory(FrenchAnalysis.text(), synonyms);
    }

    SearchResults search(IndexSearcher searcher, SearchRequest request) throws IOException {
        UserQuery typed = UserQuery.parse(request.text());
        if (typed.isEmpty()) {
            return SearchResults.empty();
        }
        SearchResults exact = page(searcher, typed, request, false);
        if (exact.total() >= FEW_HITS || typed.freeText().isBlank()) {
            return exact;
        }
        SearchResults forgiving = page(searcher, typed, request, true);
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
    }

    private SearchResults page(IndexSearcher searcher, UserQuery typed, SearchRequest request, boolean typoTolerant)
            throws IOException {
        Optional<Query> built = queries.build(typed, typoTolerant, request.contextModule());
        if (built.isEmpty()) {
            return SearchResults.empty();
        }
        Query query = built.get();
        FacetsCollectorManager.FacetsResult all =
                FacetsCollectorManager.search(searcher, query, TypeWeights.DEPTH, new FacetsCollectorManager());
        Facets counts = facets.count(searcher.getIndexReader(), all.facetsCollector());
        boolean filtered = request.type().isPresent() || request.module().isPresent();
        TopDocs top = TypeWeights.rerank(
                searcher,
                filtered ? searcher.search(narrow(query, request), TypeWeights.DEPTH) : all.topDocs(),
                request.limit());
        String[] snippets = highlighter(searcher).highlight(SearchFields.BODY, query, top, 1);
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc scored = top.scoreDocs[i];
            hits.add(IndexedDocuments.hit(searcher.storedFields().document(scored.doc), snippets[i], scored.score));
        }
        return new SearchResults(
                hits,
                all.topDocs().totalHits.value(),
                SearchFacets.typeCounts(counts),
                SearchFacets.moduleCounts(counts),
                typoTolerant,
                Optional.empty());
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.FRENCH), IndexedDocuments.SNIPPET_LENGTH, 0.3f))
                .build();
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

    /** The bare search, without facets nor snippets: the given stored fields of the best answers. */
    List<Document> best(IndexSearcher searcher, String typed, int count, Set<String> fields) throws IOException {
        Optional<Query> built = queries.build(UserQuery.parse(typed), false, Optional.empty());
        if (built.isEmpty()) {
            return List.of();
        }
        List<Document> best = new ArrayList<>();
        // Counting hits exactly is not needed here: Lucene may skip as soon as it has the candidates.
        TopDocs candidates =
                searcher.search(built.get(), new TopScoreDocCollectorManager(TypeWeights.DEPTH, TypeWeights.DEPTH));
        for (ScoreDoc scored : TypeWeights.rerank(searcher, candidates, count).scoreDocs) {
            best.add(searcher.storedFields().document(scored.doc, fields));
        }
        return best;
    }
}
