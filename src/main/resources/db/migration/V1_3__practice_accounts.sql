-- Practice accounts created by the simulator, and registrations locked after too many wrong checks.
-- Passwords are BCrypt hashes; identifiers are masked (the full numbers stay in practice_person).
-- Both tables are purged after practice.retention (7 days by default).
CREATE TABLE practice_account (
    id               VARCHAR(36)  PRIMARY KEY,
    journey_id       VARCHAR(36)  NOT NULL,
    person_slug      VARCHAR(40)  NOT NULL,
    masked_nir       VARCHAR(40)  NOT NULL,
    masked_email     VARCHAR(130) NOT NULL,
    password_hash    VARCHAR(100) NOT NULL,
    link_token       VARCHAR(64)  NOT NULL UNIQUE,
    link_expires_at  TIMESTAMP WITH TIME ZONE NOT NULL, -- in the journey's own time (it may be moved on)
    activated_at     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL  -- real time, for the purge
);

CREATE TABLE practice_lock (
    journey_id    VARCHAR(36) PRIMARY KEY,
    locked_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
