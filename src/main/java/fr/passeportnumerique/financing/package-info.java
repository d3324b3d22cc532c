/**
 * Financing of a pack, as the programme offers it: an evolving lease for businesses under three years, a classic
 * loan for older ones. The path chosen by a company's age, the exact simulations of both, and the simulator's page
 * ({@link fr.passeportnumerique.financing.FinancingLinks} links to it).
 */
@ApplicationModule(allowedDependencies = {"account", "base"})
package fr.passeportnumerique.financing;

import org.springframework.modulith.ApplicationModule;
