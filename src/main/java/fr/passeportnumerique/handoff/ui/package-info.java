/** The hand-off's pages: the experts directory, expert profiles, pack offers and the financing simulator. */
package fr.passeportnumerique.handoff.ui;
