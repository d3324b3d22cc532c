/** The hand-off's pages: the experts directory, expert profiles and pack offers. */
package fr.passeportnumerique.handoff.ui;
