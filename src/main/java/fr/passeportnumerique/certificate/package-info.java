/**
 * Certificates and attestations: a graduate's "Passeport numérique" certificate (PDF with a QR code, a public
 * verification page, an Open Badges 3.0 credential) and the attestation of each completed module.
 */
@ApplicationModule(allowedDependencies = {"account", "base", "curriculum", "learning"})
package fr.passeportnumerique.certificate;

import org.springframework.modulith.ApplicationModule;
