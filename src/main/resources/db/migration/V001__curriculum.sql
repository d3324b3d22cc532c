-- The curriculum imported from content/: modules, their lessons, quiz source and media.

CREATE TABLE curriculum_module (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    slug                  VARCHAR(80)  NOT NULL,
    number                INT          NOT NULL,
    title                 VARCHAR(160) NOT NULL,
    summary               VARCHAR(500) NOT NULL,
    duration_minutes      INT          NOT NULL,
    level                 VARCHAR(20)  NOT NULL,
    introduction_markdown MEDIUMTEXT   NOT NULL,
    introduction_html     MEDIUMTEXT   NOT NULL,
    quiz_source           MEDIUMTEXT   NULL,
    quiz_pass_mark        INT          NULL,
    quiz_question_count   INT          NOT NULL DEFAULT 0,
    content_hash          CHAR(64)     NOT NULL,
    imported_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_curriculum_module_slug UNIQUE (slug),
    INDEX ix_curriculum_module_number (number)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE curriculum_module_objective (
    module_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    objective VARCHAR(300) NOT NULL,
    PRIMARY KEY (module_id, position),
    CONSTRAINT fk_objective_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE curriculum_module_tag (
    module_id BIGINT      NOT NULL,
    position  INT         NOT NULL,
    tag       VARCHAR(60) NOT NULL,
    PRIMARY KEY (module_id, position),
    CONSTRAINT fk_tag_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE curriculum_module_prerequisite (
    module_id         BIGINT      NOT NULL,
    position          INT         NOT NULL,
    prerequisite_slug VARCHAR(80) NOT NULL,
    PRIMARY KEY (module_id, position),
    CONSTRAINT fk_prerequisite_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE curriculum_lesson (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    module_id        BIGINT       NOT NULL,
    slug             VARCHAR(80)  NOT NULL,
    position         INT          NOT NULL,
    title            VARCHAR(160) NOT NULL,
    duration_minutes INT          NOT NULL,
    body_markdown    MEDIUMTEXT   NOT NULL,
    body_html        MEDIUMTEXT   NOT NULL,
    CONSTRAINT uk_curriculum_lesson_slug UNIQUE (module_id, slug),
    CONSTRAINT fk_lesson_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE curriculum_media (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    module_id    BIGINT       NOT NULL,
    file_name    VARCHAR(120) NOT NULL,
    content_type VARCHAR(60)  NOT NULL,
    content      MEDIUMBLOB   NOT NULL,
    CONSTRAINT uk_curriculum_media_name UNIQUE (module_id, file_name),
    CONSTRAINT fk_media_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every import of content/, with what it changed or the problems that stopped it.

CREATE TABLE content_import (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT      NOT NULL DEFAULT 0,
    started_at        DATETIME(6) NOT NULL,
    duration_ms       BIGINT      NOT NULL,
    outcome           VARCHAR(20) NOT NULL,
    modules_added     INT         NOT NULL,
    modules_updated   INT         NOT NULL,
    modules_unchanged INT         NOT NULL,
    modules_removed   INT         NOT NULL,
    INDEX ix_content_import_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE content_import_problem (
    import_id BIGINT        NOT NULL,
    position  INT           NOT NULL,
    file      VARCHAR(300)  NOT NULL,
    line      INT           NOT NULL,
    code      VARCHAR(60)   NOT NULL,
    arguments VARCHAR(1000) NOT NULL,
    PRIMARY KEY (import_id, position),
    CONSTRAINT fk_problem_import FOREIGN KEY (import_id) REFERENCES content_import (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
