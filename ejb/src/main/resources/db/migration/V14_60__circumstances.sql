-- issue 14 point 4: applicant circumstances as data. A code list policy staff extend (with Indonesian
-- and English labels); a confidential circumstance (VIOLENCE_SURVIVOR) is shown only to the loan
-- officer who records it and supervisors, never on letters, lists, exports or the verification page.
CREATE TABLE circumstance (
    code         VARCHAR(30)  NOT NULL PRIMARY KEY,
    name_id      VARCHAR(150) NOT NULL,
    name_en      VARCHAR(150) NOT NULL,
    confidential BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order   INTEGER      NOT NULL,
    added_by     VARCHAR(50),
    added_at     TIMESTAMP
);
INSERT INTO circumstance (code, name_id, name_en, confidential, sort_order) VALUES
    ('HEAD_OF_HOUSEHOLD', 'Perempuan kepala keluarga', 'Woman head of household', FALSE, 1);
INSERT INTO circumstance (code, name_id, name_en, confidential, sort_order) VALUES
    ('DISABILITY', 'Penyandang disabilitas', 'Person with a disability', FALSE, 2);
INSERT INTO circumstance (code, name_id, name_en, confidential, sort_order) VALUES
    ('VIOLENCE_SURVIVOR', 'Penyintas kekerasan (rujukan UPTD PPA / P2TP2A)', 'Survivor of violence (referred by UPTD PPA / P2TP2A)', TRUE, 3);
INSERT INTO circumstance (code, name_id, name_en, confidential, sort_order) VALUES
    ('ELDERLY_DEPENDANTS', 'Menanggung lansia', 'Cares for elderly dependants', FALSE, 4);

CREATE TABLE wrse_application_circumstance (
    application_id    BIGINT      NOT NULL REFERENCES wrse_application (id) ON DELETE CASCADE,
    circumstance_code VARCHAR(30) NOT NULL REFERENCES circumstance (code),
    PRIMARY KEY (application_id, circumstance_code)
);
