package fr.passeportnumerique.account;

import fr.passeportnumerique.base.database.PublishedTable;
import java.util.Locale;

/** The account module's tables that the welcome points' dashboards read: who learns, where, for which company. */
public enum AccountTables implements PublishedTable {
    USER_ACCOUNT,
    USER_ACCOUNT_ROLE,
    COMPANY,
    WELCOME_POINT;

    @Override
    public String tableName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
