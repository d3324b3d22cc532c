package fr.passeportnumerique.certificate;

import java.util.List;
import java.util.Optional;

/** What the public verification page says of a code: valid, revoked, or unknown. */
public record Verification(Status status, Optional<CertificateDetails> certificate, List<String> modules) {

    public enum Status {
        VALID,
        REVOKED,
        UNKNOWN
    }

    static Verification unknown() {
        return new Verification(Status.UNKNOWN, Optional.empty(), List.of());
    }
}
