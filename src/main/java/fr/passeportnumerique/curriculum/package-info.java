/**
 * The curriculum: modules, their lessons, quizzes and media, imported from the {@code content/} files into the
 * database. This package is the feature's API: {@link fr.passeportnumerique.curriculum.CurriculumService} to read
 * the curriculum, {@link fr.passeportnumerique.curriculum.ContentImportService} to import it.
 */
@ApplicationModule(allowedDependencies = {"account", "base"})
package fr.passeportnumerique.curriculum;

import org.springframework.modulith.ApplicationModule;
