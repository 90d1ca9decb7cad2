-- Wrong answers to route 1's checks belong to the person being checked, not to one journey or
-- session: "start again" or a new browser must not reset them. Keyed by persona slug (no identifier).
DROP TABLE practice_lock;

CREATE TABLE practice_check_attempt (
    person_slug   VARCHAR(40) PRIMARY KEY,
    wrong_count   INT         NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL -- real time, for the purge
);
