package fr.passeportnumerique.account;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account's identity at an outside provider: who the provider says the person is, for good. */
@Entity
@Table(name = "external_identity")
class ExternalIdentity extends AbstractEntity {

    @Column(name = "provider", nullable = false, updatable = false)
    private String provider;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    protected ExternalIdentity() {}

    ExternalIdentity(String provider, String subject, long accountId, Instant linkedAt) {
        this.provider = provider;
        this.subject = subject;
        this.accountId = accountId;
        this.linkedAt = linkedAt;
    }

    long getAccountId() {
        return accountId;
    }
}
