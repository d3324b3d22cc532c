/**
 * The hand-off: from a graduate to an accredited expert of the directory and one of their packs, with the financing
 * that applies (location évolutive for a business under three years old, crédit classique otherwise). Matching,
 * the learner's requests and their steps, and the expert's space where they arrive.
 */
@ApplicationModule(
        allowedDependencies = {"account", "base", "curriculum", "directory", "financing", "learning", "quiz"})
package fr.passeportnumerique.handoff;

import org.springframework.modulith.ApplicationModule;
