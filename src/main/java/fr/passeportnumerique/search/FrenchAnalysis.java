package fr.passeportnumerique.search;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
     * in a query and in a text: word proximity scored with plain terms, without reading positions. A pair of two
     * stop words ("sur une", "de la") says nothing and is in most texts: it is left out.
     */
    static Analyzer pairs() {
        return chain(words -> {
            ShingleFilter shingles = new ShingleFilter(new FrenchLightStemFilter(new ASCIIFoldingFilter(words)), 2, 2);
            shingles.setOutputUnigrams(false);
            return new MeaningfulPairs(shingles);
        });
    }

    /** Whole words, for autocomplete and spelling suggestions: no stemming, so that suggestions are real words. */
    static Analyzer words() {
        return chain(ASCIIFoldingFilter::new);
    }

    private static final class MeaningfulPairs extends FilteringTokenFilter {

        private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        MeaningfulPairs(TokenStream pairs) {
            super(pairs);
        }

        @Override
        protected boolean accept() {
            char[] text = term.buffer();
            int length = term.length();
            for (int i = 0; i < length; i++) {
                if (text[i] == ' ') {
                    return !STOP_WORDS.contains(text, 0, i) || !STOP_WORDS.contains(text, i + 1, length - i - 1);
                }
            }
            return true;
        }
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
