-- When a lesson's claims were last checked against its sources, and those sources (web addresses, one per line):
-- read from the lesson file's `reviewed` and `sources`. Empty for a lesson published before these fields existed,
-- until its module is imported again; the content status page lists such lessons as never reviewed.
ALTER TABLE curriculum_lesson
    ADD COLUMN reviewed_on DATE NULL,
    ADD COLUMN sources     TEXT NULL;
