/** Demo accounts and the generated set of fictional welcome points of the embedded default. */
package fr.passeportnumerique.account.internal;
