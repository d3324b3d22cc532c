-- Each module's glossary: its terms in the order of the file.

CREATE TABLE curriculum_glossary_term (
    module_id  BIGINT       NOT NULL,
    position   INT          NOT NULL,
    term       VARCHAR(80)  NOT NULL,
    definition VARCHAR(300) NOT NULL,
    PRIMARY KEY (module_id, position),
    CONSTRAINT fk_glossary_module FOREIGN KEY (module_id) REFERENCES curriculum_module (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
