/**
 * The hand-off: from a graduate to an accredited expert, a pack offer and the financing that applies (location
 * évolutive for a business under three years old, crédit classique otherwise).
 */
package fr.passeportnumerique.handoff;
