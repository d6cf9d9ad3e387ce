-- Code lists from the WRSE criteria doc ("Code lists"): business fields (WRSE and KUBP alike),
-- poverty registries and other aid programmes. An unknown code is refused with a 400.

CREATE TABLE business_field (
    code       VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_id    VARCHAR(100) NOT NULL,
    name_en    VARCHAR(100) NOT NULL,
    sort_order INTEGER      NOT NULL
);
INSERT INTO business_field (code, name_id, name_en, sort_order) VALUES ('CULINARY', 'Kuliner (olahan makanan dan minuman)', 'Culinary (processed food and drink)', 1);
INSERT INTO business_field (code, name_id, name_en, sort_order) VALUES ('SEWING', 'Menjahit', 'Sewing and tailoring', 2);
INSERT INTO business_field (code, name_id, name_en, sort_order) VALUES ('HANDICRAFT', 'Kerajinan (anyaman, manik-manik)', 'Handicraft (weaving, beadwork)', 3);
INSERT INTO business_field (code, name_id, name_en, sort_order) VALUES ('TRADE', 'Warung / toko kecil', 'Trade (small shop)', 4);
INSERT INTO business_field (code, name_id, name_en, sort_order) VALUES ('AGRICULTURE', 'Pertanian / kebun', 'Agriculture', 5);
INSERT INTO business_field (code, name_id, name_en, sort_order) VALUES ('LIVESTOCK', 'Peternakan', 'Livestock', 6);
INSERT INTO business_field (code, name_id, name_en, sort_order) VALUES ('FISHERY', 'Perikanan / olahan ikan', 'Fishery and fish processing', 7);
INSERT INTO business_field (code, name_id, name_en, sort_order) VALUES ('SERVICES', 'Jasa (salon, laundry, tata rias)', 'Services (salon, laundry, make-up)', 8);
INSERT INTO business_field (code, name_id, name_en, sort_order) VALUES ('OTHER', 'Lainnya', 'Other', 9);

CREATE TABLE poverty_registry (
    code       VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_id    VARCHAR(150) NOT NULL,
    has_decile BOOLEAN      NOT NULL
);
INSERT INTO poverty_registry (code, name_id, has_decile) VALUES ('DTKS', 'Data Terpadu Kesejahteraan Sosial', FALSE);
INSERT INTO poverty_registry (code, name_id, has_decile) VALUES ('P3KE', 'Data Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem', TRUE);
INSERT INTO poverty_registry (code, name_id, has_decile) VALUES ('DTSEN', 'Data Tunggal Sosial dan Ekonomi Nasional', TRUE);
INSERT INTO poverty_registry (code, name_id, has_decile) VALUES ('REGSOSEK', 'Registrasi Sosial Ekonomi', FALSE);

CREATE TABLE aid_programme (
    code    VARCHAR(20)  NOT NULL PRIMARY KEY,
    name_id VARCHAR(150) NOT NULL
);
INSERT INTO aid_programme (code, name_id) VALUES ('PKH', 'Program Keluarga Harapan');
INSERT INTO aid_programme (code, name_id) VALUES ('KUBE', 'Kelompok Usaha Bersama');
INSERT INTO aid_programme (code, name_id) VALUES ('BPNT', 'Bantuan Pangan Non Tunai (Program Sembako)');
INSERT INTO aid_programme (code, name_id) VALUES ('PIP', 'Program Indonesia Pintar');
INSERT INTO aid_programme (code, name_id) VALUES ('PBI_JK', 'Penerima Bantuan Iuran Jaminan Kesehatan');
INSERT INTO aid_programme (code, name_id) VALUES ('BLT_DD', 'Bantuan Langsung Tunai Dana Desa');
INSERT INTO aid_programme (code, name_id) VALUES ('OTHER', 'Lainnya');
