-- E-mail addresses that existing practice accounts already use: since 2017 an ameli account needs its
-- own personal address, so the simulator refuses these (Olivia's shared family address rehearses it).
-- Stored lower-case; example.com is reserved for examples and reaches nobody.
CREATE TABLE practice_taken_email (
    email    VARCHAR(254) PRIMARY KEY,
    held_by  VARCHAR(100) NOT NULL -- a fictional account holder, for the story only
);
INSERT INTO practice_taken_email (email, held_by) VALUES ('famille.bennett@example.com', 'Mark BENNETT');
