-- issue 22: short-lived API tokens (the field app signs in once, then sends "Authorization: Bearer").
-- Only the SHA-256 of a token is stored, so a copy of the table lets nobody in; every node of a
-- cluster checks a token against this table.
CREATE TABLE api_token (
    token_hash VARCHAR(64)  NOT NULL PRIMARY KEY,
    username   VARCHAR(50)  NOT NULL,
    client     VARCHAR(40)  NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    expires_at TIMESTAMP    NOT NULL
);
CREATE INDEX api_token_expires_ix ON api_token (expires_at);
