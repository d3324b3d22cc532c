-- Learners' progress: lessons done, quiz results, and the stamp of each completed module.

CREATE TABLE lesson_completion (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT      NOT NULL DEFAULT 0,
    account_id   BIGINT      NOT NULL,
    module_slug  VARCHAR(80) NOT NULL,
    lesson_slug  VARCHAR(80) NOT NULL,
    completed_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_lesson_completion UNIQUE (account_id, module_slug, lesson_slug),
    CONSTRAINT fk_lesson_completion_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE module_progress (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT      NOT NULL DEFAULT 0,
    account_id     BIGINT      NOT NULL,
    module_slug    VARCHAR(80) NOT NULL,
    best_score     INT         NULL,
    quiz_passed_at DATETIME(6) NULL,
    stamped_at     DATETIME(6) NULL,
    CONSTRAINT uk_module_progress UNIQUE (account_id, module_slug),
    CONSTRAINT fk_module_progress_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
