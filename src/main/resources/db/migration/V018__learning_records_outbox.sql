-- xAPI statements waiting for, or delivered to, the region's Learning Record Store (off unless passeport.xapi.enabled).
-- Written in the transaction of the learning event they describe; statement_id is fixed then, so that an LRS
-- receiving a retry recognises the statement it already has.
CREATE TABLE xapi_statement_outbox (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    statement_id           CHAR(36)     NOT NULL,
    account_id             BIGINT       NOT NULL,
    body                   TEXT         NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    next_attempt_at        DATETIME(6)  NOT NULL,
    delivery_claimed_until DATETIME(6)  NULL,
    delivery_attempts      INT          NOT NULL DEFAULT 0,
    sent_at                DATETIME(6)  NULL,
    failed_at              DATETIME(6)  NULL,
    last_error             VARCHAR(500) NULL,
    CONSTRAINT uk_xapi_statement_id UNIQUE (statement_id),
    INDEX ix_xapi_statement_due (sent_at, failed_at, next_attempt_at),
    INDEX ix_xapi_statement_account (account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
