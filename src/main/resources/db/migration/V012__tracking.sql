-- Each learner's standing, kept up to date by the learning, quiz and hand-off events, so that dashboards add up
-- counters instead of scanning progress rows; rebuilt from those rows when empty.

CREATE TABLE learner_standing (
    account_id       BIGINT      NOT NULL PRIMARY KEY,
    lessons_done     INT         NOT NULL DEFAULT 0,
    modules_done     INT         NOT NULL DEFAULT 0,
    quiz_failures    INT         NOT NULL DEFAULT 0,
    last_activity_at DATETIME(6) NULL,
    graduated_at     DATETIME(6) NULL,
    handoff_requests INT         NOT NULL DEFAULT 0,
    handoff_signed   INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_standing_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    INDEX ix_standing_activity (last_activity_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Welcome point staff's contacts with a learner: reminders sent and notes of a call or a visit.

CREATE TABLE learner_contact (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    learner_id BIGINT       NOT NULL,
    staff_id   BIGINT       NULL,
    kind       VARCHAR(20)  NOT NULL,
    note       VARCHAR(500) NOT NULL,
    contact_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_contact_learner FOREIGN KEY (learner_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT fk_contact_staff FOREIGN KEY (staff_id) REFERENCES user_account (id) ON DELETE SET NULL,
    INDEX ix_contact_learner (learner_id, contact_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The points' learners, listed by point and by creation for the dashboards.
CREATE INDEX ix_user_account_point_created ON user_account (welcome_point_id, created_at);

-- Each quiz question's answers and misses at each welcome point, kept as attempts are graded: the questions most
-- often answered wrong, to tell trainers.

CREATE TABLE question_stat (
    welcome_point_id BIGINT        NOT NULL,
    module_slug      VARCHAR(80)   NOT NULL,
    question_id      VARCHAR(80)   NOT NULL,
    prompt           VARCHAR(1000) NOT NULL,
    answers          INT           NOT NULL DEFAULT 0,
    misses           INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (welcome_point_id, module_slug, question_id),
    CONSTRAINT fk_question_stat_point FOREIGN KEY (welcome_point_id) REFERENCES welcome_point (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
