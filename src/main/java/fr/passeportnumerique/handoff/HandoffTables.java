package fr.passeportnumerique.handoff;

import fr.passeportnumerique.base.database.PublishedTable;
import java.util.Locale;

/** The hand-off's tables that the welcome points' dashboards read: requests sent and the experts they went to. */
public enum HandoffTables implements PublishedTable {
    HANDOFF_REQUEST,
    EXPERT;

    @Override
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
