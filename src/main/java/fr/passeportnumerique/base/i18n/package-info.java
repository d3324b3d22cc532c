/** The interface's languages: French first, English second, from the translation bundles. */
package fr.passeportnumerique.base.i18n;
