/** Sign-in, registration, the welcome point finder and the person's own space. */
package fr.passeportnumerique.account.ui;
