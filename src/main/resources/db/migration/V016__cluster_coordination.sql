-- What the application nodes of a cluster share, so that they behave as one.

-- The sign-in throttle's token buckets (Bucket4j's MySQL/MariaDB backend): an attacker spread over several nodes
-- meets one count. expires_at (epoch milliseconds) is when a bucket is full again and may be forgotten.
CREATE TABLE rate_limit_bucket (
    id         VARCHAR(100) NOT NULL PRIMARY KEY,
    state      BLOB         NULL,
    expires_at BIGINT       NULL,
    INDEX ix_rate_limit_bucket_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Jobs that must run on one node at a time (ShedLock's JDBC provider): outbox delivery, purges, rebuilds.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Rows locked (SELECT ... FOR UPDATE) for the length of a transaction that must not run on two nodes at once: a
-- curriculum publication numbers the new versions of its modules after the one before it.
CREATE TABLE cluster_lock (
    name     VARCHAR(64)  NOT NULL PRIMARY KEY,
    taken_at DATETIME(6)  NULL,
    taken_by VARCHAR(255) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO cluster_lock (name) VALUES ('publication');

-- A node claims a mail before handing it to the SMTP server, so that no other node delivers it too.
ALTER TABLE mail_outbox
    ADD COLUMN delivery_claimed_until DATETIME(6) NULL,
    ADD COLUMN delivery_attempts      INT         NOT NULL DEFAULT 0;
