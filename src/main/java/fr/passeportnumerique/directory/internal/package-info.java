/** The generator of the fictional experts and pack offers that the embedded default shows. */
package fr.passeportnumerique.directory.internal;
