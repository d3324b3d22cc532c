-- One-time links (password reset, invitation) and every e-mail the platform sends.

CREATE TABLE account_token (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(20) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_token_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mail_outbox (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    created_at DATETIME(6)   NOT NULL,
    recipient  VARCHAR(254)  NOT NULL,
    subject    VARCHAR(200)  NOT NULL,
    body       TEXT          NOT NULL,
    sent_at    DATETIME(6)   NULL,
    INDEX ix_mail_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
