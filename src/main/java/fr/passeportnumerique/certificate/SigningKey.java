package fr.passeportnumerique.certificate;

import fr.passeportnumerique.base.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The platform's key for signing Open Badges credentials, as a private JSON Web Key. */
@Entity
@Table(name = "signing_key")
class SigningKey extends AbstractEntity {

    @Column(name = "key_id", nullable = false, updatable = false)
    private String keyId;

    @Column(name = "private_jwk", nullable = false, updatable = false)
    private String privateJwk;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SigningKey() {}

    SigningKey(String keyId, String privateJwk, Instant createdAt) {
        this.keyId = keyId;
        this.privateJwk = privateJwk;
        this.createdAt = createdAt;
    }

    String getPrivateJwk() {
        return privateJwk;
    }
}
