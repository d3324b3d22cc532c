-- Accredited IT experts of the programme and the pack offers they publish.

CREATE TABLE expert (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version              BIGINT       NOT NULL DEFAULT 0,
    account_id           BIGINT       NULL,
    company_name         VARCHAR(160) NOT NULL,
    siret                CHAR(14)     NOT NULL,
    accreditation_number VARCHAR(20)  NOT NULL,
    accredited_from      DATE         NOT NULL,
    accredited_until     DATE         NOT NULL,
    suspended            BOOLEAN      NOT NULL DEFAULT FALSE,
    contact_name         VARCHAR(160) NOT NULL,
    email                VARCHAR(254) NOT NULL,
    phone                VARCHAR(20)  NOT NULL,
    street               VARCHAR(200) NOT NULL,
    postcode             CHAR(5)      NOT NULL,
    town                 VARCHAR(100) NOT NULL,
    remote               BOOLEAN      NOT NULL DEFAULT FALSE,
    capacity_per_month   INT          NOT NULL,
    languages            VARCHAR(60)  NOT NULL DEFAULT 'fr',
    presentation         TEXT         NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    CONSTRAINT uk_expert_accreditation UNIQUE (accreditation_number),
    CONSTRAINT uk_expert_account UNIQUE (account_id),
    CONSTRAINT fk_expert_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE SET NULL,
    INDEX ix_expert_name (company_name),
    INDEX ix_expert_accredited_until (accredited_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE expert_departement (
    expert_id        BIGINT     NOT NULL,
    departement_code VARCHAR(3) NOT NULL,
    PRIMARY KEY (expert_id, departement_code),
    INDEX ix_expert_departement (departement_code),
    CONSTRAINT fk_expert_departement FOREIGN KEY (expert_id) REFERENCES expert (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Skills by module number (1 to 20): what the expert can help with.
CREATE TABLE expert_skill (
    expert_id     BIGINT   NOT NULL,
    module_number INT      NOT NULL,
    PRIMARY KEY (expert_id, module_number),
    INDEX ix_expert_skill (module_number),
    CONSTRAINT fk_expert_skill FOREIGN KEY (expert_id) REFERENCES expert (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sectors served (NAF section letters) and how many clients the expert has there.
CREATE TABLE expert_sector (
    expert_id BIGINT     NOT NULL,
    sector    VARCHAR(2) NOT NULL,
    clients   INT        NOT NULL DEFAULT 0,
    PRIMARY KEY (expert_id, sector),
    INDEX ix_expert_sector (sector),
    CONSTRAINT fk_expert_sector FOREIGN KEY (expert_id) REFERENCES expert (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pack_offer (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                BIGINT        NOT NULL DEFAULT 0,
    expert_id              BIGINT        NOT NULL,
    title                  VARCHAR(160)  NOT NULL,
    description            TEXT          NOT NULL,
    min_employees          INT           NOT NULL,
    max_employees          INT           NOT NULL,
    one_off_price_excl_vat DECIMAL(10, 2) NULL,
    monthly_price_excl_vat DECIMAL(10, 2) NULL,
    vat_rate_percent       DECIMAL(4, 2) NOT NULL DEFAULT 20.00,
    lease_available        BOOLEAN       NOT NULL,
    loan_available         BOOLEAN       NOT NULL,
    published              BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at             DATETIME(6)   NOT NULL,
    CONSTRAINT fk_pack_expert FOREIGN KEY (expert_id) REFERENCES expert (id) ON DELETE CASCADE,
    CONSTRAINT ck_pack_employees CHECK (min_employees >= 0 AND max_employees >= min_employees),
    CONSTRAINT ck_pack_price CHECK (one_off_price_excl_vat IS NOT NULL OR monthly_price_excl_vat IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a pack contains: hardware, software and subscriptions, services (installation, training, support).
CREATE TABLE pack_item (
    pack_id  BIGINT       NOT NULL,
    position INT          NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    label    VARCHAR(200) NOT NULL,
    PRIMARY KEY (pack_id, position),
    CONSTRAINT fk_pack_item FOREIGN KEY (pack_id) REFERENCES pack_offer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The modules whose needs a pack covers.
CREATE TABLE pack_module (
    pack_id       BIGINT  NOT NULL,
    module_number INT     NOT NULL,
    PRIMARY KEY (pack_id, module_number),
    CONSTRAINT fk_pack_module FOREIGN KEY (pack_id) REFERENCES pack_offer (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
