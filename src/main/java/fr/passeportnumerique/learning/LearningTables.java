package fr.passeportnumerique.learning;

import fr.passeportnumerique.base.database.PublishedTable;
import java.util.Locale;

/** The learning module's tables that the welcome points' dashboards read: lessons done and modules' progress. */
public enum LearningTables implements PublishedTable {
    LESSON_COMPLETION,
    MODULE_PROGRESS;

    @Override
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
