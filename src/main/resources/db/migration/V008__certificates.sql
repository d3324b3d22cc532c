-- Certificates of graduates: a public, unguessable code anyone can verify, and a revocation that stays visible.

CREATE TABLE certificate (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    code           VARCHAR(40)  NOT NULL,
    account_id     BIGINT       NOT NULL,
    learner_name   VARCHAR(160) NOT NULL,
    company_name   VARCHAR(160) NULL,
    issued_at      DATETIME(6)  NOT NULL,
    revoked_at     DATETIME(6)  NULL,
    revoked_reason VARCHAR(500) NULL,
    CONSTRAINT uk_certificate_code UNIQUE (code),
    CONSTRAINT uk_certificate_account UNIQUE (account_id),
    CONSTRAINT fk_certificate_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The key that signs Open Badges credentials (VC-JWT); made once, its public half published as a JWK set.
CREATE TABLE signing_key (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    key_id      VARCHAR(64)  NOT NULL,
    private_jwk TEXT         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_signing_key UNIQUE (key_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
