-- practice_account.link_token now holds the SHA-256 (64 hex digits) of the link's random token,
-- never the token itself. Pending links stored before this change were in clear: they are dropped
-- (practice data, kept 7 days at most: "start again" makes a new one). Used tokens are replaced by
-- a value no link can hash to, so no clear token is left.
DELETE FROM practice_account WHERE activated_at IS NULL;
UPDATE practice_account SET link_token = 'used-' || id;
