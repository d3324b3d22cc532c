package fr.passeportnumerique.learning.ui;

/** Where a learner downloads the attestation of a completed module. */
final class AttestationLinks {

    private AttestationLinks() {}

    static String href(String moduleSlug) {
        return "mon-passeport/attestations/" + moduleSlug + ".pdf";
    }
}
