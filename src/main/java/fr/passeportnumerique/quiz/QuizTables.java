package fr.passeportnumerique.quiz;

import fr.passeportnumerique.base.database.PublishedTable;
import java.util.Locale;

/**
 * The quiz module's tables that the welcome points' dashboards read: attempts and their results, and the placement
 * tests with their level per module (the latest finished test of a learner is the one with the highest id).
 */
public enum QuizTables implements PublishedTable {
    QUIZ_ATTEMPT,
    PLACEMENT_TEST,
    PLACEMENT_RESULT;

    @Override
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
