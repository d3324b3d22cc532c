package fr.passeportnumerique.directory;

import fr.passeportnumerique.base.database.PublishedTable;
import java.util.Locale;

/** The directory's table that the welcome points' dashboards read: the experts, to name those a request went to. */
public enum DirectoryTables implements PublishedTable {
    EXPERT;

    @Override
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
