-- Personas who rehearse the common sign-up blockers (see /something-went-wrong). All fictional; the
-- numbers have valid keys (NIR mod 97, IBAN mod 97 with RIB key, numéro fiscal mod 511) except what
-- each persona is meant to get wrong: Tom's number is a temporary one (sex digit 7).
INSERT INTO practice_person (slug, birth_name, usual_name, first_names, sex, birth_date, birthplace_code, birthplace_name,
                             nir, postcode, iban, carte_vitale_serial, card_activated, numero_fiscal, tax_password_hash,
                             scheme, sort_order)
VALUES
('tom',    'BRENNAN', NULL, 'Tom Patrick',    'M', DATE '1996-03-08', '99136', 'Irlande',
 '796039913604233', '35000', 'FR4630004012340009876543T69', NULL,          FALSE, '3104567821096',
 '$2a$10$xtvfkm/qMGxeEyFjwZI2KeNSjP1kxymI5sfzcKOvmckAaoOHf8yHm', 'GENERAL', 10),
('nadia',  'HASSAN',  NULL, 'Nadia',          'F', DATE '1990-10-19', '99132', 'Royaume-Uni',
 '290109913211755', '67000', 'FR0620041010050123456N78936', NULL,          FALSE, '1287654309228',
 '$2a$10$xtvfkm/qMGxeEyFjwZI2KeNSjP1kxymI5sfzcKOvmckAaoOHf8yHm', 'GENERAL', 11),
('olivia', 'BENNETT', NULL, 'Olivia Grace',   'F', DATE '1987-05-27', '99404', 'États-Unis',
 '287059940420522', '06000', 'FR7610107001750001234010575', '41806357229', TRUE,  '2455501832175',
 '$2a$10$xtvfkm/qMGxeEyFjwZI2KeNSjP1kxymI5sfzcKOvmckAaoOHf8yHm', 'GENERAL', 12),
('pierre', 'GAGNON',  NULL, 'Pierre Étienne', 'M', DATE '1971-08-02', '99401', 'Canada',
 '171089940107854', '24200', 'FR7611306000304812123400018', '60228419335', TRUE,  '0734218856259',
 '$2a$10$xtvfkm/qMGxeEyFjwZI2KeNSjP1kxymI5sfzcKOvmckAaoOHf8yHm', 'MSA',     13);
