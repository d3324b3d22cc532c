-- Every published state of each module (its whole folder, zipped), whoever published it: the content files at
-- startup, a trainer, an imported zip or a rollback. The newest is the module as learners see it.

CREATE TABLE curriculum_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    module_slug  VARCHAR(80)  NOT NULL,
    number       INT          NOT NULL,
    folder       VARCHAR(120) NOT NULL,
    content_hash CHAR(64)     NOT NULL,
    files        MEDIUMBLOB   NOT NULL,
    origin       VARCHAR(20)  NOT NULL,
    author_id    BIGINT       NULL,
    note         VARCHAR(300) NOT NULL,
    published_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_curriculum_version UNIQUE (module_slug, number),
    CONSTRAINT fk_curriculum_version_author FOREIGN KEY (author_id) REFERENCES user_account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Trainers' unpublished changes, file by file over the module's newest version; a row without content removes the
-- file. The version column refuses a save made on a file someone else saved meanwhile.

CREATE TABLE authoring_draft_file (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    module_slug VARCHAR(80)  NOT NULL,
    path        VARCHAR(200) NOT NULL,
    content     MEDIUMBLOB   NULL,
    updated_by  BIGINT       NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_authoring_draft_file UNIQUE (module_slug, path),
    CONSTRAINT fk_authoring_draft_author FOREIGN KEY (updated_by) REFERENCES user_account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
