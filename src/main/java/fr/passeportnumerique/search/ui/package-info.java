/** The search field in every page's header and the results page. */
package fr.passeportnumerique.search.ui;
