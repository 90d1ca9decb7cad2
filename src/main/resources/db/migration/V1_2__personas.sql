-- The practice personas. Their practice impots.gouv.fr password is Personas.PRACTICE_TAX_PASSWORD
-- (shown on their documents page), stored here as a BCrypt hash like any password.
INSERT INTO practice_person (slug, birth_name, usual_name, first_names, sex, birth_date, birthplace_code, birthplace_name,
                             nir, postcode, iban, carte_vitale_serial, card_activated, numero_fiscal, tax_password_hash, sort_order)
VALUES
('emma',  'CLARKE',  NULL,     'Emma Louise',   'F', DATE '1988-04-12', '99132', 'Royaume-Uni',
 '288049913204730', '69003', 'FR2920041010050512345A02137', '15881399869', TRUE,  '3806407983154',
 '$2a$10$xtvfkm/qMGxeEyFjwZI2KeNSjP1kxymI5sfzcKOvmckAaoOHf8yHm', 1),
('david', 'MILLER',  NULL,     'David James',   'M', DATE '1990-09-03', '99404', 'États-Unis',
 '190099940411282', '33000', NULL,                          '97309114170', TRUE,  '3729488324303',
 '$2a$10$xtvfkm/qMGxeEyFjwZI2KeNSjP1kxymI5sfzcKOvmckAaoOHf8yHm', 2),
('priya', 'SHARMA',  NULL,     'Priya',         'F', DATE '1995-01-22', '99223', 'Inde',
 '295019922303129', '31000', 'FR2030076020217845120C01551', '53645568151', FALSE, '2308810231322',
 '$2a$10$xtvfkm/qMGxeEyFjwZI2KeNSjP1kxymI5sfzcKOvmckAaoOHf8yHm', 3),
('lucas', 'SANTONI', NULL,     'Lucas Antoine', 'M', DATE '1979-06-30', '2A004', 'Ajaccio (Corse-du-Sud)',
 '179062A00421580', '13006', 'FR6310278080000002034571K71', '72940557616', TRUE,  '3931176056423',
 '$2a$10$xtvfkm/qMGxeEyFjwZI2KeNSjP1kxymI5sfzcKOvmckAaoOHf8yHm', 4),
('amina', 'PAYET',   NULL,     'Amina',         'F', DATE '1992-11-05', '97411', 'Saint-Denis (La Réunion)',
 '292119741108729', '75011', 'FR2716807000123344556677B93', '16897684697', TRUE,  '0617955856490',
 '$2a$10$xtvfkm/qMGxeEyFjwZI2KeNSjP1kxymI5sfzcKOvmckAaoOHf8yHm', 5),
('sarah', 'WILSON',  'MARTIN', 'Sarah Jane',    'F', DATE '1985-02-14', '99401', 'Canada',
 '285029940105620', '44000', 'FR0918206004206051234R04474', '32081967273', TRUE,  '0672882330085',
 '$2a$10$xtvfkm/qMGxeEyFjwZI2KeNSjP1kxymI5sfzcKOvmckAaoOHf8yHm', 6);
