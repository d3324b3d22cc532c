-- A counter moved on by every change to searchable content (a curriculum publication, an expert or a pack edited),
-- in the same transaction. Each application node reads it now and then and rebuilds its own search index when it
-- has moved: how a node learns of a publication made on another node.
CREATE TABLE search_content_stamp (
    id         TINYINT     NOT NULL PRIMARY KEY,
    version    BIGINT      NOT NULL,
    changed_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO search_content_stamp (id, version, changed_at) VALUES (1, 0, UTC_TIMESTAMP(6));
