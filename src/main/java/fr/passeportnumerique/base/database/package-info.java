/**
 * The database: the embedded MariaDB server started with the application when no external database is configured,
 * and the retry of transactions that a conflict rolled back ({@link RetriedOnConflict}).
 */
package fr.passeportnumerique.base.database;
