/** The page frame (header, footer, language switch), the error views and small components shared by all views. */
package fr.passeportnumerique.base.ui;
