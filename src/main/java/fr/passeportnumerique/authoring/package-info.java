/**
 * Trainers' authoring of the curriculum: drafts file by file over the published modules, a Markdown editor with the
 * learners' rendering, publication of a module as a new version, history with comparison and rollback, and the
 * round trip to the {@code content/} format as zip files.
 */
@ApplicationModule(allowedDependencies = {"account", "base", "curriculum", "curriculum :: format"})
package fr.passeportnumerique.authoring;

import org.springframework.modulith.ApplicationModule;
