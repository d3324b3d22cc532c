package fr.passeportnumerique.handoff;

import fr.passeportnumerique.base.database.PublishedTable;
import java.util.Locale;

/** The hand-off's table that the welcome points' dashboards read: the requests sent. */
public enum HandoffTables implements PublishedTable {
    HANDOFF_REQUEST;

    @Override
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
