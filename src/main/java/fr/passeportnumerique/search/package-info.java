/**
 * Search with Lucene: French analysis and synonyms, an on-disk index of lessons, modules and glossary terms kept
 * up to date when the curriculum is published, highlighted results with facets, and autocomplete.
 */
@ApplicationModule(allowedDependencies = {"base", "curriculum"})
package fr.passeportnumerique.search;

import org.springframework.modulith.ApplicationModule;
