-- The practice login's secrets, kept per account (not per session) and only as hashes:
-- the 6-digit code (BCrypt) with its wrong-entry count, password-reset links and trusted devices
-- (SHA-256 of a random token). They go with their account (ON DELETE CASCADE), so the retention
-- purge of practice_account removes them too.
CREATE TABLE practice_login_code (
    account_id   VARCHAR(36)  PRIMARY KEY REFERENCES practice_account (id) ON DELETE CASCADE,
    code_hash    VARCHAR(100) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL, -- in the journey's own time (it may be moved on)
    wrong_count  INTEGER      DEFAULT 0 NOT NULL
);

CREATE TABLE practice_password_reset (
    token_hash   VARCHAR(64)  PRIMARY KEY,
    account_id   VARCHAR(36)  NOT NULL REFERENCES practice_account (id) ON DELETE CASCADE,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL  -- journey time
);

CREATE TABLE practice_trusted_device (
    token_hash     VARCHAR(64)  PRIMARY KEY,
    account_id     VARCHAR(36)  NOT NULL REFERENCES practice_account (id) ON DELETE CASCADE,
    trusted_until  TIMESTAMP WITH TIME ZONE NOT NULL  -- journey time
);
