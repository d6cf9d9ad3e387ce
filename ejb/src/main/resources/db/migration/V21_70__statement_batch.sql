-- Issue 21: a batch of KUBP repayment statements is a Jakarta Batch job whose state lives here and in
-- JBeret's job repository, so any node shows its progress, serves its file and restarts it after its
-- node died. Portable: H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE statement_batch (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    owner          VARCHAR(100) NOT NULL,
    district_code  VARCHAR(6),
    as_of          DATE         NOT NULL,
    format         VARCHAR(3)   NOT NULL,
    status         VARCHAR(10)  NOT NULL,
    total          INTEGER      NOT NULL,
    done           INTEGER      NOT NULL,
    message        VARCHAR(500),
    verify_base    VARCHAR(300) NOT NULL,
    job_execution  BIGINT,
    created_at     TIMESTAMP    NOT NULL,
    updated_at     TIMESTAMP    NOT NULL,
    finished_at    TIMESTAMP,
    CONSTRAINT statement_batch_format_ck CHECK (format IN ('PDF', 'ZIP')),
    CONSTRAINT statement_batch_status_ck CHECK (status IN ('RUNNING', 'DONE', 'FAILED'))
);
CREATE INDEX statement_batch_created_ix ON statement_batch (created_at);

-- Each statement printed, in the chunk's transaction: its place in the batch and its letter (whose PDF
-- as issued is in letter_pdf). A restart skips the loans already here, so none is printed twice.
CREATE TABLE statement_batch_item (
    batch_id   VARCHAR(36) NOT NULL REFERENCES statement_batch (id) ON DELETE CASCADE,
    loan_id    BIGINT      NOT NULL,
    position   INTEGER     NOT NULL,
    letter_id  BIGINT      NOT NULL REFERENCES letter (id),
    PRIMARY KEY (batch_id, loan_id)
);

-- The finished result: one merged PDF or a ZIP of one PDF per loan.
CREATE TABLE statement_batch_file (
    batch_id  VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES statement_batch (id) ON DELETE CASCADE,
    content   BYTEA       NOT NULL
);
