/** Downloads of certificates and attestations, and the public Open Badges issuer endpoints. */
package fr.passeportnumerique.certificate.web;
