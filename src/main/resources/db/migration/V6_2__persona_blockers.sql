-- Which sign-up blocker each persona rehearses is a fact of the practice records, not a list of
-- slugs in the troubleshooting code. The value is the blocker's anchor on /something-went-wrong.
ALTER TABLE practice_person ADD COLUMN blocker VARCHAR(40);

UPDATE practice_person SET blocker = 'details-not-recognised' WHERE slug = 'sarah';
UPDATE practice_person SET blocker = 'rib-not-recognised' WHERE slug = 'david';
UPDATE practice_person SET blocker = 'temporary-number' WHERE slug = 'tom';
UPDATE practice_person SET blocker = 'card-not-received' WHERE slug = 'nadia';
UPDATE practice_person SET blocker = 'card-not-activated' WHERE slug = 'priya';
UPDATE practice_person SET blocker = 'email-already-used' WHERE slug = 'olivia';
UPDATE practice_person SET blocker = 'other-scheme' WHERE slug = 'pierre';
