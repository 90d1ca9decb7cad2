-- What a real person would carry besides their carte Vitale and RIB, so the practice documents page
-- holds every answer the screens ask for: an identity document (a passport, or a titre de séjour for
-- people who need one to live in France: it gives the date and place of birth), a home address (on a
-- practice energy bill, with the postcode ameli checks) and a practice e-mail address and mobile.
-- All fictional: streets are plausible for the postcode, e-mail addresses use the reserved
-- example.org domain (they reach nobody), mobiles are in libphonenumber's example block 06 12 34 56 xx.
-- Olivia's own practice address differs from the shared family one she rehearses (famille.bennett@example.com).
ALTER TABLE practice_person ADD COLUMN identity_document VARCHAR(20);
ALTER TABLE practice_person ADD COLUMN street VARCHAR(100);
ALTER TABLE practice_person ADD COLUMN town VARCHAR(60);
ALTER TABLE practice_person ADD COLUMN practice_email VARCHAR(120);
ALTER TABLE practice_person ADD COLUMN practice_mobile VARCHAR(10);

UPDATE practice_person SET identity_document = 'RESIDENCE_PERMIT', street = '27 rue Paul Bert', town = 'Lyon',
    practice_email = 'emma.clarke@example.org', practice_mobile = '0612345601' WHERE slug = 'emma';
UPDATE practice_person SET identity_document = 'RESIDENCE_PERMIT', street = '8 rue Sainte-Catherine', town = 'Bordeaux',
    practice_email = 'david.miller@example.org', practice_mobile = '0612345602' WHERE slug = 'david';
UPDATE practice_person SET identity_document = 'RESIDENCE_PERMIT', street = '5 rue du Taur', town = 'Toulouse',
    practice_email = 'priya.sharma@example.org', practice_mobile = '0612345603' WHERE slug = 'priya';
UPDATE practice_person SET identity_document = 'PASSPORT', street = '42 rue Paradis', town = 'Marseille',
    practice_email = 'lucas.santoni@example.org', practice_mobile = '0612345604' WHERE slug = 'lucas';
UPDATE practice_person SET identity_document = 'PASSPORT', street = '18 rue Oberkampf', town = 'Paris',
    practice_email = 'amina.payet@example.org', practice_mobile = '0612345605' WHERE slug = 'amina';
UPDATE practice_person SET identity_document = 'RESIDENCE_PERMIT', street = '3 rue Crébillon', town = 'Nantes',
    practice_email = 'sarah.martin@example.org', practice_mobile = '0612345606' WHERE slug = 'sarah';
UPDATE practice_person SET identity_document = 'PASSPORT', street = '11 rue de la Monnaie', town = 'Rennes',
    practice_email = 'tom.brennan@example.org', practice_mobile = '0612345607' WHERE slug = 'tom';
UPDATE practice_person SET identity_document = 'RESIDENCE_PERMIT', street = '9 rue des Juifs', town = 'Strasbourg',
    practice_email = 'nadia.hassan@example.org', practice_mobile = '0612345608' WHERE slug = 'nadia';
UPDATE practice_person SET identity_document = 'RESIDENCE_PERMIT', street = '22 rue de France', town = 'Nice',
    practice_email = 'olivia.bennett@example.org', practice_mobile = '0612345609' WHERE slug = 'olivia';
UPDATE practice_person SET identity_document = 'RESIDENCE_PERMIT', street = '6 rue de la République', town = 'Sarlat-la-Canéda',
    practice_email = 'pierre.gagnon@example.org', practice_mobile = '0612345610' WHERE slug = 'pierre';

ALTER TABLE practice_person ALTER COLUMN identity_document SET NOT NULL;
ALTER TABLE practice_person ALTER COLUMN street SET NOT NULL;
ALTER TABLE practice_person ALTER COLUMN town SET NOT NULL;
ALTER TABLE practice_person ALTER COLUMN practice_email SET NOT NULL;
ALTER TABLE practice_person ALTER COLUMN practice_mobile SET NOT NULL;
ALTER TABLE practice_person ADD CONSTRAINT practice_person_identity_document
    CHECK (identity_document IN ('PASSPORT', 'RESIDENCE_PERMIT'));
