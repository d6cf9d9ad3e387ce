-- issue 17: the offices that issue letters, and who signs for them, are data an administrator keeps in
-- the UI. The rows are filled at the first start from the shipped demo values (offices.properties),
-- flagged demo until an administrator saves them. {regency} in a value stands for the regency's name
-- (the regency offices of WRSE proposal lists); copies holds the tembusan per letter type, one
-- "type=first | second" per line.
CREATE TABLE issuing_office (
    prefix             VARCHAR(40)   PRIMARY KEY,
    government         VARCHAR(200)  NOT NULL,
    office             VARCHAR(200)  NOT NULL,
    street             VARCHAR(200)  NOT NULL,
    postcode           VARCHAR(5),
    phone              VARCHAR(40),
    email              VARCHAR(100),
    website            VARCHAR(100),
    place              VARCHAR(60),
    emblem             BYTEA,
    demo_emblem        BOOLEAN       DEFAULT FALSE NOT NULL,
    signatory_position VARCHAR(300)  NOT NULL,
    signatory_name     VARCHAR(150)  NOT NULL,
    signatory_rank     VARCHAR(100),
    signatory_nip      VARCHAR(18),
    copies             VARCHAR(2000) DEFAULT '' NOT NULL,
    demo               BOOLEAN       DEFAULT FALSE NOT NULL,
    updated_at         TIMESTAMP,
    updated_by         VARCHAR(50),
    version            BIGINT        DEFAULT 0 NOT NULL
);
