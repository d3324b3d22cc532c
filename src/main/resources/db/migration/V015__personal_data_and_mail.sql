-- Security test (issue 17). A mail that holds a one-time link says so: once delivered by SMTP, its body is
-- blanked. Delivered mails are deleted after a retention period, found by their delivery time.
ALTER TABLE mail_outbox
    ADD COLUMN one_time_secret BOOLEAN NOT NULL DEFAULT FALSE,
    ADD INDEX ix_mail_outbox_sent (sent_at);
