-- Secrets every instance must share when none is configured (e.g. the key that seals the practice
-- mailbox's links in the session). The first instance to start writes it; the others read it.
CREATE TABLE app_secret (
    name    VARCHAR(40)  PRIMARY KEY,
    secret  VARCHAR(100) NOT NULL
);
