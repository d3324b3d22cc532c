/**
 * The directory of accredited experts and their pack offers: experts' profiles and accreditations, the packs they
 * publish, the public directory and its search documents, their administration, and the signed-in expert's own
 * listing. The hand-off reads it to match learners with experts; it knows nothing of requests, and learns how many
 * clients an expert took this month through {@link fr.passeportnumerique.directory.ExpertWorkload}.
 */
@ApplicationModule(allowedDependencies = {"account", "base", "curriculum", "financing", "search"})
package fr.passeportnumerique.directory;

import org.springframework.modulith.ApplicationModule;
