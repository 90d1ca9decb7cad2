-- Wrong passwords on the practice impots.gouv.fr login, counted per account: the practice person,
-- by record id (the numéro fiscal itself is not stored here). One row per person, shared by every
-- session and instance, so a new cookie does not reset the lock. Rows are purged after
-- practice.retention (7 days by default), counted from the last wrong password.
CREATE TABLE impots_login_attempt (
    person_id     BIGINT  PRIMARY KEY REFERENCES practice_person (id) ON DELETE CASCADE,
    wrong         INT     NOT NULL CHECK (wrong >= 0),
    locked_until  TIMESTAMP WITH TIME ZONE, -- NULL: not locked (yet)
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX impots_login_attempt_updated_at ON impots_login_attempt (updated_at);
