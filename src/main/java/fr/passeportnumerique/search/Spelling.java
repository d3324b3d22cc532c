package fr.passeportnumerique.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word of a query that matched nothing, replaced by the closest word of the curriculum. Unlike
 * the typo-tolerant search, a wrong first letter is forgiven too ("vanque" gives "banque").
 */
final class Spelling {

    private final IndexReader reader;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Spelling(IndexReader reader) {
        this.reader = reader;
        checker.setMaxEdits(2);
        checker.setMinQueryLength(3);
        checker.setMinPrefix(0);
    }

    Optional<String> correct(String typed) throws IOException {
        List<String> words = Synonyms.tokens(FrenchAnalysis.words(), typed);
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : words) {
            SuggestWord[] suggestions = checker.suggestSimilar(
                    new Term(SearchFields.WORDS, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length > 0) {
                corrected.add(suggestions[0].string);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
    }
}
