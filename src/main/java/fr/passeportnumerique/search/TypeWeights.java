package fr.passeportnumerique.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Applies the weight of each kind of document (see {@link IndexedDocuments#typeWeight}) to the best candidates of a
 * search, instead of inside the query: the query keeps Lucene's skipping of documents that cannot reach the top
 * (block-max WAND), which a score multiplied inside the query would forbid.
 */
final class TypeWeights {

    /** Candidates re-ranked: deep enough for a page of 10 whose weights differ by 2.5 at most. */
    static final int DEPTH = 50;

    private TypeWeights() {}

    static TopDocs rerank(IndexSearcher searcher, TopDocs candidates, int count) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] byDoc = candidates.scoreDocs.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(scored -> scored.doc));
        ScoreDoc[] weighted = new ScoreDoc[byDoc.length];
        int leafIndex = -1;
        NumericDocValues weights = null;
        LeafReaderContext leaf = null;
        for (int i = 0; i < byDoc.length; i++) {
            int doc = byDoc[i].doc;
            int index = ReaderUtil.subIndex(doc, leaves);
            if (index != leafIndex) {
                leafIndex = index;
                leaf = leaves.get(index);
                weights = DocValues.getNumeric(leaf.reader(), SearchFields.TYPE_WEIGHT);
            }
            float weight =
                    weights.advanceExact(doc - leaf.docBase) ? Float.intBitsToFloat((int) weights.longValue()) : 1f;
            weighted[i] = new ScoreDoc(doc, byDoc[i].score * weight);
        }
        Arrays.sort(
                weighted,
                Comparator.comparingDouble((ScoreDoc scored) -> -scored.score).thenComparingInt(scored -> scored.doc));
        return new TopDocs(candidates.totalHits, Arrays.copyOf(weighted, Math.min(count, weighted.length)));
    }
}
