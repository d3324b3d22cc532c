/** The public search API. */
package fr.passeportnumerique.search.web;
