package fr.passeportnumerique.search;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How French text becomes search terms: words split by Unicode rules, elisions removed (l', d', qu'...), lower case,
 * French stop words dropped, accents folded ("sécurité" = "securite"), then light stemming ("factures" =
 * "facture"). The same chain analyses documents and queries, so that phrases keep matching positions.
 */
final class FrenchAnalysis {

    private FrenchAnalysis() {}

    /** Documents and queries. */
    static Analyzer text() {
        return chain(words -> new FrenchLightStemFilter(
                new ASCIIFoldingFilter(new StopFilter(words, FrenchAnalyzer.getDefaultStopSet()))));
    }

    /**
     * Pairs of neighbouring words ("facture electron"), stop words kept so that "mot de passe" gives the same pairs
     * in a query and in a text: word proximity scored with plain terms, without reading positions.
     */
    static Analyzer pairs() {
        return chain(words -> {
            ShingleFilter shingles = new ShingleFilter(new FrenchLightStemFilter(new ASCIIFoldingFilter(words)), 2, 2);
            shingles.setOutputUnigrams(false);
            return shingles;
        });
    }

    /** Whole words, for autocomplete and spelling suggestions: no stemming, so that suggestions are real words. */
    static Analyzer words() {
        return chain(ASCIIFoldingFilter::new);
    }

    /** Words split by Unicode rules, elisions removed, lower case; then what each use adds. */
    private static Analyzer chain(UnaryOperator<TokenStream> then) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream words = new LowerCaseFilter(new ElisionFilter(tokenizer, FrenchAnalyzer.DEFAULT_ARTICLES));
                return new TokenStreamComponents(tokenizer, then.apply(words));
            }
        };
    }
}
