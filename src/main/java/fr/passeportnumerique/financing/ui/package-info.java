/** The financing simulator's page: the form, the lease and the loan side by side. */
package fr.passeportnumerique.financing.ui;
