-- Issue 17: letters are frozen once issued, warnings follow their sequence, legal bases are named.
-- Portable SQL: runs on H2 (PostgreSQL mode) and PostgreSQL alike.

-- A warning letter belongs to one arrears event of a loan (the day its arrears began) and has a
-- level (1, 2, 3); SP-2 and SP-3 cite the warning before them by number and date.
ALTER TABLE letter ADD COLUMN warning_level INTEGER;
ALTER TABLE letter ADD COLUMN arrears_since DATE;
ALTER TABLE letter ADD COLUMN cites_number VARCHAR(60);
ALTER TABLE letter ADD COLUMN cites_date DATE;
ALTER TABLE letter ADD CONSTRAINT letter_warning_level_ck CHECK (warning_level IS NULL OR warning_level BETWEEN 1 AND 3);
CREATE INDEX letter_subject_id_ix ON letter (series_code, subject_id);

-- The PDF as first issued, and its SHA-256 (hex): every later fetch returns exactly these bytes.
CREATE TABLE letter_pdf (
    letter_id  BIGINT      NOT NULL PRIMARY KEY REFERENCES letter (id),
    content    BYTEA       NOT NULL,
    sha256     VARCHAR(64) NOT NULL,
    stored_at  TIMESTAMP   NOT NULL
);

-- The decree each rule set implements, cited with the rule set's name as a letter's legal basis.
-- DEMO: the KUBP decree below is an example; the agency enters the real one.
CREATE TABLE rule_set_legal_basis (
    kind        VARCHAR(30)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    decree      VARCHAR(300) NOT NULL
);
INSERT INTO rule_set_legal_basis (kind, name, decree) VALUES
    ('WRSE_ELIGIBILITY', 'Aturan kelayakan penerima bantuan WRSE',
     'Keputusan Kepala Dinas Sosial Provinsi Kalimantan Timur Nomor 40.9/33/DS.V/2023'),
    ('KUBP_TERMS', 'Aturan syarat pinjaman KUBP',
     'Peraturan Bupati Kutai Kartanegara tentang Pinjaman Modal Usaha KUBP (contoh data demo)');
