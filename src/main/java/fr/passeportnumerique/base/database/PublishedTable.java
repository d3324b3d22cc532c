package fr.passeportnumerique.base.database;

/**
 * A table that its module lets another module read directly, for reports that join many tables at once: named by
 * the owner's API, so that the dependency is a type the module checks see. Its columns are then a contract: change
 * them together with their readers (find them by the constant's uses).
 */
public interface PublishedTable {

    String tableName();
}
