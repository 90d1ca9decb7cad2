-- One-time practice FranceConnect authorization codes, in the database so that consent on one
-- instance and the callback on another meet the same code. Only a SHA-256 of the code is kept;
-- a code lives about 60 s and is deleted when redeemed (rows left by abandoned hand-offs are
-- removed by the next issue once expired).
CREATE TABLE franceconnect_code (
    code_hash     VARCHAR(64)  PRIMARY KEY,
    client_id     VARCHAR(100) NOT NULL,
    redirect_uri  VARCHAR(500) NOT NULL,
    nonce         VARCHAR(32768) NOT NULL, -- as long as a request may carry
    person_id     BIGINT       NOT NULL REFERENCES practice_person (id) ON DELETE CASCADE,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX franceconnect_code_expires_at ON franceconnect_code (expires_at);
