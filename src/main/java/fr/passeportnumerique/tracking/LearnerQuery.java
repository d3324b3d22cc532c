package fr.passeportnumerique.tracking;

import java.util.Optional;

/**
 * What the learners table asks: words to look for in names and companies, a sector, only those with (or without) a
 * complete passport, and the order.
 */
public record LearnerQuery(
        String words, Optional<String> sector, Optional<Boolean> graduated, Sort sort, boolean descending) {

    public LearnerQuery(String words, Sort sort, boolean descending) {
        this(words, Optional.empty(), Optional.empty(), sort, descending);
    }

    public enum Sort {
        NAME("a.full_name"),
        COMPANY("c.name"),
        LAST_ACTIVITY("s.last_activity_at"),
        PROGRESS("s.modules_done");

        final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    public static LearnerQuery all() {
        return new LearnerQuery("", Sort.NAME, false);
    }
}
