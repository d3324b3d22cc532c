-- People, their roles, their companies and the welcome points that help them.

CREATE TABLE welcome_point (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    type          VARCHAR(30)  NOT NULL,
    name          VARCHAR(160) NOT NULL,
    address       VARCHAR(200) NOT NULL,
    postcode      CHAR(5)      NOT NULL,
    town          VARCHAR(100) NOT NULL,
    departement   VARCHAR(3)   NOT NULL,
    region        VARCHAR(2)   NOT NULL,
    opening_hours VARCHAR(300) NOT NULL,
    phone         VARCHAR(20)  NOT NULL,
    email         VARCHAR(254) NOT NULL,
    INDEX ix_welcome_point_postcode (postcode),
    INDEX ix_welcome_point_departement (departement),
    INDEX ix_welcome_point_region (region),
    INDEX ix_welcome_point_town (town)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE company (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(160) NOT NULL,
    siret       CHAR(14)     NOT NULL,
    sector      VARCHAR(2)   NOT NULL,
    employees   INT          NOT NULL,
    created_on  DATE         NOT NULL,
    postcode    CHAR(5)      NOT NULL,
    departement VARCHAR(3)   NOT NULL,
    INDEX ix_company_siret (siret),
    INDEX ix_company_departement (departement)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    email            VARCHAR(254) NOT NULL,
    full_name        VARCHAR(120) NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at       DATETIME(6)  NOT NULL,
    company_id       BIGINT       NULL,
    welcome_point_id BIGINT       NULL,
    region           VARCHAR(2)   NULL,
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT fk_account_company FOREIGN KEY (company_id) REFERENCES company (id),
    CONSTRAINT fk_account_welcome_point FOREIGN KEY (welcome_point_id) REFERENCES welcome_point (id),
    INDEX ix_user_account_welcome_point (welcome_point_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE user_account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(30) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_role_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what, when: role changes, data exports, deletions, access to another person's data.
CREATE TABLE audit_event (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at        DATETIME(6)  NOT NULL,
    actor_account_id   BIGINT       NULL,
    action             VARCHAR(40)  NOT NULL,
    subject_account_id BIGINT       NULL,
    detail             VARCHAR(500) NOT NULL,
    INDEX ix_audit_event_occurred (occurred_at),
    INDEX ix_audit_event_subject (subject_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
