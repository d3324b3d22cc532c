/**
 * Demo accounts and the generated set of fictional welcome points of the embedded default; the client of the state's
 * company directory that {@link fr.passeportnumerique.account.CompanyLookup} asks.
 */
package fr.passeportnumerique.account.internal;
