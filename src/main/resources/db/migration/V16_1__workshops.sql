-- Workshop mode (issue 13): a volunteer's session for a room of learners, shared by every instance.
-- Nothing personal: the board secret only as a SHA-256, learners only by the display name they chose.
CREATE TABLE workshop (
    id              VARCHAR(32)  PRIMARY KEY,
    join_code       VARCHAR(6)   NOT NULL,
    board_hash      VARCHAR(64)  NOT NULL UNIQUE,
    language        VARCHAR(5)   NOT NULL,
    persona_set     VARCHAR(20)  NOT NULL,
    learners_choose BOOLEAN      NOT NULL,
    size_limit      INT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closes_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE
);

CREATE INDEX workshop_join_code ON workshop (join_code);

CREATE TABLE workshop_learner (
    id               VARCHAR(16)  PRIMARY KEY,
    workshop_id      VARCHAR(32)  NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    display_name     VARCHAR(40)  NOT NULL,
    persona_slug     VARCHAR(40)  NOT NULL,
    route            VARCHAR(20),
    step_slug        VARCHAR(40),
    step_mistakes    INT          NOT NULL,
    step_kinds       VARCHAR(400) NOT NULL,
    last_progress_at TIMESTAMP WITH TIME ZONE NOT NULL,
    finished         BOOLEAN      NOT NULL,
    joined_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX workshop_learner_workshop ON workshop_learner (workshop_id);

-- The debrief's counts: the room's mistakes by step and reason code, with no learner in them.
CREATE TABLE workshop_mistake (
    workshop_id   VARCHAR(32) NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    step_slug     VARCHAR(40) NOT NULL,
    reason_code   VARCHAR(60) NOT NULL,
    mistake_count INT         NOT NULL,
    PRIMARY KEY (workshop_id, step_slug, reason_code)
);
