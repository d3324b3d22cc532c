-- The adaptive placement test (/positionnement): one row per test a learner takes; the question shown now is kept
-- so that leaving and coming back shows it again. Time counts only while a question is on screen (at most a few
-- minutes each), so that a test resumed days later still has its fifteen minutes.
CREATE TABLE placement_test (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT       NOT NULL DEFAULT 0,
    account_id        BIGINT       NOT NULL,
    started_at        DATETIME(6)  NOT NULL,
    finished_at       DATETIME(6)  NULL,
    stop_reason       VARCHAR(20)  NULL,
    active_seconds    INT          NOT NULL DEFAULT 0,
    current_module    VARCHAR(80)  NULL,
    current_question  VARCHAR(120) NULL,
    current_order     VARCHAR(200) NULL,
    current_shown_at  DATETIME(6)  NULL,
    CONSTRAINT fk_placement_test_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX ix_placement_test_account (account_id, finished_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each answer, at its place in the test: a second submission of the same place is refused by the key (idempotent).
-- The score is the grading's (partial credit between 0 and 1) over the parts the question is graded on.
CREATE TABLE placement_answer (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    test_id      BIGINT       NOT NULL,
    position     INT          NOT NULL,
    module_slug  VARCHAR(80)  NOT NULL,
    question_id  VARCHAR(120) NOT NULL,
    difficulty   DOUBLE       NOT NULL,
    correct      BOOLEAN      NOT NULL,
    score        DOUBLE       NOT NULL,
    parts        INT          NOT NULL,
    answer       TEXT         NOT NULL,
    answered_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_placement_answer_position UNIQUE (test_id, position),
    CONSTRAINT fk_placement_answer_test FOREIGN KEY (test_id) REFERENCES placement_test (id) ON DELETE CASCADE,
    INDEX ix_placement_answer_question (module_slug, question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The estimate per module when the test ended: the level shown to the learner and to their welcome point, the
-- ability estimate (posterior mean and spread, logits) the calibration job uses, and the evidence (questions asked,
-- right answers).
CREATE TABLE placement_result (
    test_id      BIGINT       NOT NULL,
    module_slug  VARCHAR(80)  NOT NULL,
    level        VARCHAR(20)  NOT NULL,
    probability  DOUBLE       NOT NULL,
    ability      DOUBLE       NOT NULL,
    ability_sd   DOUBLE       NOT NULL,
    questions    INT          NOT NULL,
    correct      INT          NOT NULL,
    PRIMARY KEY (test_id, module_slug),
    CONSTRAINT fk_placement_result_test FOREIGN KEY (test_id) REFERENCES placement_test (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The learner's path after their placement: a module they chose to skip, or to start with; no row = as proposed.
CREATE TABLE placement_path (
    account_id   BIGINT       NOT NULL,
    module_slug  VARCHAR(80)  NOT NULL,
    choice       VARCHAR(10)  NOT NULL,
    chosen_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id, module_slug),
    CONSTRAINT fk_placement_path_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Difficulties refitted from real answers (Rasch model) by the calibration job; without a row, the authored one.
CREATE TABLE question_calibration (
    module_slug  VARCHAR(80)  NOT NULL,
    question_id  VARCHAR(120) NOT NULL,
    difficulty   DOUBLE       NOT NULL,
    responses    INT          NOT NULL,
    fitted_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (module_slug, question_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The abilities' prior refitted from finished placements by the calibration job (empirical Bayes, docs/placement.md);
-- without a row, the one set at launch. One row.
CREATE TABLE placement_prior (
    id            INT          NOT NULL PRIMARY KEY,
    general_mean  DOUBLE       NOT NULL,
    general_sd    DOUBLE       NOT NULL,
    theme_sd      DOUBLE       NOT NULL,
    module_sd     DOUBLE       NOT NULL,
    placements    INT          NOT NULL,
    fitted_at     DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A module stamped because its quiz was passed straight after a placement that found it already mastered.
ALTER TABLE module_progress ADD COLUMN validated_by_quiz BOOLEAN NOT NULL DEFAULT FALSE;
