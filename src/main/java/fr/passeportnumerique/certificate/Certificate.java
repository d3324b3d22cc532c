package fr.passeportnumerique.certificate;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A graduate's certificate. The learner's name and company are copied at issue, as printed on the document; the
 * code is the public, unguessable key of the verification page. Rows are written by
 * {@link CertificateRepository#insertIfAbsent}.
 */
@Entity
@Table(name = "certificate")
class Certificate extends AbstractEntity {

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "learner_name", nullable = false, updatable = false)
    private String learnerName;

    @Column(name = "company_name", updatable = false)
    private String companyName;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_reason")
    private String revokedReason;

    protected Certificate() {}

    /** Revokes once; the first reason stays. Answers whether this call revoked it. */
    boolean revoke(String reason, Instant when) {
        if (revokedAt != null) {
            return false;
        }
        revokedAt = when;
        revokedReason = reason;
        return true;
    }

    CertificateDetails details() {
        return new CertificateDetails(
                code,
                learnerName,
                Optional.ofNullable(companyName),
                issuedAt,
                Optional.ofNullable(revokedAt),
                Optional.ofNullable(revokedReason));
    }

    long getAccountId() {
        return accountId;
    }
}
