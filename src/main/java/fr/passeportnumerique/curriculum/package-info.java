/**
 * The curriculum: modules, their lessons, quizzes and media, imported from the {@code content/} files into the
 * database. This package is the feature's API: {@link fr.passeportnumerique.curriculum.CurriculumService} to read
 * the curriculum, {@link fr.passeportnumerique.curriculum.ContentImportService} to import it.
 */
package fr.passeportnumerique.curriculum;
