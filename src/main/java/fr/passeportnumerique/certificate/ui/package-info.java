/** Pages of certificates: the public verification page and the administrators' list. */
package fr.passeportnumerique.certificate.ui;
