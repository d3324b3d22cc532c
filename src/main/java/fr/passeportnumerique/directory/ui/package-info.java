/**
 * The directory's pages: the experts and their profiles, the pack offers, the expert's own profile and packs, and the
 * administration of accreditations.
 */
package fr.passeportnumerique.directory.ui;
