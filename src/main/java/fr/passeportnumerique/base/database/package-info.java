/** The embedded MariaDB server started with the application when no external database is configured. */
package fr.passeportnumerique.base.database;
