package fr.passeportnumerique.certificate;

import java.time.Instant;
import java.util.Optional;

/** A certificate as printed and as the verification page shows it. */
public record CertificateDetails(
        String code,
        String learnerName,
        Optional<String> companyName,
        Instant issuedAt,
        Optional<Instant> revokedAt,
        Optional<String> revokedReason) {

    public boolean isRevoked() {
        return revokedAt.isPresent();
    }

    /** The code as people read and type it: groups of four characters. */
    public String displayCode() {
        return CertificateCodes.display(code);
    }
}
