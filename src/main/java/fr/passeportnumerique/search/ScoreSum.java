package fr.passeportnumerique.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * A sum of scores kept flat: nested sums (and their boosts) are spread into one disjunction of leaf queries. The
 * score is the same, since a sum of sums is a sum; but Lucene's skipping (MaxScore) works on the clauses of one
 * disjunction, not through disjunctions nested in it, so flat, the slowest queries at 100,000 documents skip more.
 */
final class ScoreSum {

    private final List<BooleanClause> clauses = new ArrayList<>();

    /** Adds a query's score times the boost; nothing when the query is null. Returns whether something was added. */
    boolean add(Query query, float boost) {
        if (query == null) {
            return false;
        }
        if (query instanceof BoostQuery boosted) {
            return add(boosted.getQuery(), boost * boosted.getBoost());
        }
        if (query instanceof BooleanQuery sum && isPlainSum(sum)) {
            sum.clauses().forEach(clause -> add(clause.query(), boost));
            return true;
        }
        clauses.add(new BooleanClause(boost == 1f ? query : new BoostQuery(query, boost), Occur.SHOULD));
        return true;
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    Query build() {
        if (clauses.size() == 1) {
            return clauses.getFirst().query();
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        clauses.forEach(builder::add);
        return builder.build();
    }

    private static boolean isPlainSum(BooleanQuery query) {
        return query.getMinimumNumberShouldMatch() == 0
                && !query.clauses().isEmpty()
                && query.clauses().stream().allMatch(clause -> clause.occur() == Occur.SHOULD);
    }
}
