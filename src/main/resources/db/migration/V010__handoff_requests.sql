-- "Mon plan d'action": the priorities a learner chose (module numbers, at most five, in order).
CREATE TABLE action_plan_priority (
    account_id    BIGINT NOT NULL,
    position      INT    NOT NULL,
    module_number INT    NOT NULL,
    PRIMARY KEY (account_id, position),
    CONSTRAINT fk_action_plan_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A learner's request to an expert, with what they agreed to share, and its steps.
CREATE TABLE handoff_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    account_id       BIGINT        NOT NULL,
    expert_id        BIGINT        NOT NULL,
    pack_id          BIGINT        NULL,
    welcome_point_id BIGINT        NULL,
    sector           VARCHAR(2)    NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    consent_at       DATETIME(6)   NOT NULL,
    shared_profile   TEXT          NOT NULL,
    learner_message  VARCHAR(1000) NULL,
    expert_message   VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    accepted_at      DATETIME(6)   NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT fk_handoff_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_handoff_expert FOREIGN KEY (expert_id) REFERENCES expert (id) ON DELETE CASCADE,
    CONSTRAINT fk_handoff_pack FOREIGN KEY (pack_id) REFERENCES pack_offer (id) ON DELETE SET NULL,
    CONSTRAINT fk_handoff_point FOREIGN KEY (welcome_point_id) REFERENCES welcome_point (id) ON DELETE SET NULL,
    INDEX ix_handoff_expert (expert_id, status),
    INDEX ix_handoff_expert_accepted (expert_id, accepted_at),
    INDEX ix_handoff_account (account_id, status),
    INDEX ix_handoff_point (welcome_point_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
