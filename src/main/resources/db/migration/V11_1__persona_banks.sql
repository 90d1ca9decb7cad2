-- Each persona's own bank branch, printed as the RIB's "Domiciliation" (name, then town). Before this,
-- every RIB said the same "Practice Bank, Lyon", even for people living in Marseille or Nantes.
-- The names are invented ("Exemple" in each, so none is a real bank's); the town is where the person
-- lives. NULL for anyone without bank details on file (no RIB to draw).
ALTER TABLE practice_person ADD COLUMN bank_name VARCHAR(60);
ALTER TABLE practice_person ADD COLUMN bank_town VARCHAR(60);

UPDATE practice_person SET bank_name = 'Banque Exemple Part-Dieu', bank_town = 'Lyon' WHERE slug = 'emma';
UPDATE practice_person SET bank_name = 'Crédit Exemple Capitole', bank_town = 'Toulouse' WHERE slug = 'priya';
UPDATE practice_person SET bank_name = 'Caisse Exemple Vieux-Port', bank_town = 'Marseille' WHERE slug = 'lucas';
UPDATE practice_person SET bank_name = 'Banque Exemple Bastille', bank_town = 'Paris' WHERE slug = 'amina';
UPDATE practice_person SET bank_name = 'Crédit Exemple Graslin', bank_town = 'Nantes' WHERE slug = 'sarah';
UPDATE practice_person SET bank_name = 'Caisse Exemple Thabor', bank_town = 'Rennes' WHERE slug = 'tom';
UPDATE practice_person SET bank_name = 'Banque Exemple Kléber', bank_town = 'Strasbourg' WHERE slug = 'nadia';
UPDATE practice_person SET bank_name = 'Crédit Exemple Masséna', bank_town = 'Nice' WHERE slug = 'olivia';
UPDATE practice_person SET bank_name = 'Caisse Exemple Périgord', bank_town = 'Sarlat-la-Canéda' WHERE slug = 'pierre';
