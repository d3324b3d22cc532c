-- Quiz attempts: which questions were drawn and in what order, the answers, and the result once submitted.

CREATE TABLE quiz_attempt (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    account_id    BIGINT      NOT NULL,
    module_slug   VARCHAR(80) NOT NULL,
    started_at    DATETIME(6) NOT NULL,
    presentation  TEXT        NOT NULL,
    answers       TEXT        NOT NULL,
    submitted_at  DATETIME(6) NULL,
    score_percent INT         NULL,
    passed        BOOLEAN     NULL,
    INDEX ix_quiz_attempt_learner (account_id, module_slug),
    CONSTRAINT fk_attempt_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
