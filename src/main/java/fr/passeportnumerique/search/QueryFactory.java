package fr.passeportnumerique.search;

import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a safe {@link UserQuery} into a Lucene query. Titles (lesson, module, glossary term) weigh three times the
 * body, the module's subject half; words close together score more; synonyms are looked for too; the typo-tolerant
 * form adds fuzzy terms; the learner's own module breaks ties.
 */
final class QueryFactory {

    private static final float TITLE_BOOST = 3f;
    private static final float CONTEXT_BOOST = 0.2f;
    private static final float PROXIMITY_BOOST = 1.5f;
    private static final float SYNONYM_BOOST = 0.8f;
    private static final float FUZZY_BOOST = 0.6f;
    private static final float MODULE_TIE_BREAK = 0.3f;
    private static final int MAX_CLAUSES = 64;

    private final Analyzer analyzer;
    private final Synonyms synonyms;
    private final QueryBuilder builder;
    private final QueryBuilder pairs = new QueryBuilder(FrenchAnalysis.pairs());

    QueryFactory(Analyzer analyzer, Synonyms synonyms) {
        this.analyzer = analyzer;
        this.synonyms = synonyms;
        this.builder = new QueryBuilder(analyzer);
    }

    /** Empty when nothing searchable remains (only stop words or punctuation). */
    Optional<Query> build(UserQuery query, boolean typoTolerant, Optional<String> contextModule) {
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        int clauses = 0;
        String text = query.freeText();
        if (!text.isBlank()) {
            clauses += addShould(
                    matching,
                    fields(
                            builder.createBooleanQuery(SearchFields.TITLE, text),
                            builder.createBooleanQuery(SearchFields.BODY, text),
                            builder.createBooleanQuery(SearchFields.CONTEXT, text)),
                    1f);
            clauses += addShould(
                    matching,
                    fields(
                            builder.createPhraseQuery(SearchFields.TITLE, text, 2),
                            pairs.createBooleanQuery(SearchFields.BODY_PAIRS, text),
                            null),
                    PROXIMITY_BOOST);
        }
        List<String> tokens = Synonyms.tokens(analyzer, query.allText());
        // Synonyms: in titles the expression itself, in bodies its pairs of words (plain terms: cheap).
        for (String equivalent : synonyms.expansionsOf(tokens)) {
            if (clauses >= MAX_CLAUSES) {
                break;
            }
            clauses += addShould(
                    matching,
                    fields(builder.createPhraseQuery(SearchFields.TITLE, equivalent), inBody(equivalent), null),
                    SYNONYM_BOOST);
        }
        if (typoTolerant) {
            for (String token : tokens.subList(0, Math.min(tokens.size(), 8))) {
                clauses += addShould(matching, fuzzy(token), FUZZY_BOOST);
            }
            // A word cut short ("hamecon") finds the words it begins.
            for (String word : Synonyms.tokens(FrenchAnalysis.words(), query.allText())) {
                if (word.length() >= 4 && clauses < MAX_CLAUSES) {
                    clauses += addShould(matching, new PrefixQuery(new Term(SearchFields.WORDS, word)), FUZZY_BOOST);
                }
            }
        }
        BooleanQuery.Builder whole = new BooleanQuery.Builder();
        boolean any = false;
        if (clauses > 0) {
            whole.add(matching.build(), query.phrases().isEmpty() ? Occur.MUST : Occur.SHOULD);
            any = true;
        }
        for (String phrase : query.phrases()) {
            Query exact = fields(
                    builder.createPhraseQuery(SearchFields.TITLE, phrase),
                    builder.createPhraseQuery(SearchFields.BODY, phrase),
                    null);
            if (exact != null) {
                whole.add(exact, Occur.MUST);
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        contextModule.ifPresent(module -> whole.add(
                new BoostQuery(new TermQuery(new Term(SearchFields.MODULE, module)), MODULE_TIE_BREAK), Occur.SHOULD));
        return Optional.of(whole.build());
    }

    /** An expression in a body: its word pairs all present, or the word itself when it is one word. */
    private Query inBody(String expression) {
        Query wordPairs = pairs.createBooleanQuery(SearchFields.BODY_PAIRS, expression, Occur.MUST);
        return wordPairs != null ? wordPairs : builder.createBooleanQuery(SearchFields.BODY, expression);
    }

    /**
     * The fields' scores add up. A best-field disjunction (DisjunctionMaxQuery) ranked a little better on the judged
     * queries (MRR@10 0.892 against 0.885) but, nested in the query, kept Lucene from skipping documents: the slowest
     * query at 100,000 documents took 28 ms against 11 ms with a plain sum.
     */
    private static Query fields(Query title, Query body, Query context) {
        List<Query> disjuncts = new java.util.ArrayList<>();
        if (title != null) {
            disjuncts.add(new BoostQuery(title, TITLE_BOOST));
        }
        if (body != null) {
            disjuncts.add(body);
        }
        if (context != null) {
            disjuncts.add(new BoostQuery(context, CONTEXT_BOOST));
        }
        if (disjuncts.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder sum = new BooleanQuery.Builder();
        disjuncts.forEach(disjunct -> sum.add(disjunct, Occur.SHOULD));
        return sum.build();
    }

    private static Query fuzzy(String token) {
        if (token.length() < 4) {
            return null;
        }
        int edits = token.length() >= 8 ? 2 : 1;
        return fields(
                new FuzzyQuery(new Term(SearchFields.TITLE, token), edits, 1),
                new FuzzyQuery(new Term(SearchFields.BODY, token), edits, 1),
                null);
    }

    private static int addShould(BooleanQuery.Builder builder, Query query, float boost) {
        if (query == null) {
            return 0;
        }
        builder.add(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD);
        return 1;
    }
}
