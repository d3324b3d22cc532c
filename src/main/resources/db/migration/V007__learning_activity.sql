-- Where each learner stopped (for "Continuer") and the time they spent on each module.

CREATE TABLE learning_position (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    account_id     BIGINT      NOT NULL,
    module_slug    VARCHAR(80) NOT NULL,
    lesson_slug    VARCHAR(80) NULL,
    scroll_percent INT         NOT NULL DEFAULT 0,
    updated_at     DATETIME(6) NOT NULL,
    CONSTRAINT uk_learning_position UNIQUE (account_id),
    CONSTRAINT fk_learning_position_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE module_progress
    ADD COLUMN seconds_spent BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN last_activity_at DATETIME(6) NULL;
