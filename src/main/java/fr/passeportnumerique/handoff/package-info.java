/**
 * The hand-off: from a graduate to an accredited expert, a pack offer and the financing that applies (location
 * évolutive for a business under three years old, crédit classique otherwise).
 */
@ApplicationModule(allowedDependencies = {"account", "base", "curriculum", "financing", "learning", "search"})
package fr.passeportnumerique.handoff;

import org.springframework.modulith.ApplicationModule;
