-- Security test (issue 17). A mail that holds a one-time link says so: once delivered by SMTP, its body is
-- blanked. Delivered mails are deleted after a retention period, found by their delivery time.
ALTER TABLE mail_outbox
    ADD COLUMN one_time_secret BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_mail_outbox_sent (sent_at);

-- Which account a mail is for, and which account it is about (a hand-off mail to an expert names a learner), so that
-- the person's export holds them and their erasure removes them. No foreign key: erasure deletes them explicitly.
ALTER TABLE mail_outbox
    ADD COLUMN recipient_account_id BIGINT NULL,
    ADD COLUMN subject_account_id   BIGINT NULL,
    ADD INDEX ix_mail_outbox_recipient_account (recipient_account_id),
    ADD INDEX ix_mail_outbox_subject_account (subject_account_id);

-- An expert who deleted their account: their card is withdrawn from the directory and its contact details erased;
-- the learners' requests that named them still show the company, as withdrawn.
ALTER TABLE expert
    ADD COLUMN withdrawn_at DATETIME(6) NULL;
