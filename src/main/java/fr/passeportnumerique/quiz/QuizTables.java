package fr.passeportnumerique.quiz;

import fr.passeportnumerique.base.database.PublishedTable;
import java.util.Locale;

/** The quiz module's table that the welcome points' dashboards read: attempts and their results. */
public enum QuizTables implements PublishedTable {
    QUIZ_ATTEMPT;

    @Override
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
