-- Rate limits that guard guessing (practice login, login code, impots login), one token bucket per
-- limit and client address, shared by every instance. The id is the limit's name and a SHA-256 of
-- the address (never the address itself); state is Bucket4j's serialised bucket. A row expires
-- (expires_at, epoch milliseconds) once its bucket would be full again, and the purge removes it.
CREATE TABLE rate_limit_bucket (
    id          VARCHAR(100) PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
