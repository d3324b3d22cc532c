-- A person's identity at an outside provider (FranceConnect, a network's identity provider), linked to their account:
-- the provider's registration id and its stable subject identifier. One identity belongs to one account.
CREATE TABLE external_identity (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    provider   VARCHAR(40)  NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    account_id BIGINT       NOT NULL,
    linked_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_external_identity UNIQUE (provider, subject),
    CONSTRAINT fk_external_identity_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX ix_external_identity_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
