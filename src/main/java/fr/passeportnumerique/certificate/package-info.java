/**
 * Certificates and attestations: a graduate's "Passeport numérique" certificate (PDF with a QR code, a public
 * verification page, an Open Badges 3.0 credential) and the attestation of each completed module.
 */
package fr.passeportnumerique.certificate;
