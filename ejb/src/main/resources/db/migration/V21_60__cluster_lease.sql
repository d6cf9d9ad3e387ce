-- Issue 21: scheduled work that writes runs on one node of a cluster at a time. A lease row per
-- kind of work names the node that holds it and until when; a node takes an expired (or its own)
-- lease with one conditional UPDATE, so a dead node's lease passes to another once it runs out.
-- On a single server the one node always holds every lease. Portable: H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE cluster_lease (
    name       VARCHAR(60)  PRIMARY KEY,
    holder     VARCHAR(200),
    expires_at TIMESTAMP    NOT NULL
);

INSERT INTO cluster_lease (name, holder, expires_at) VALUES
    ('rule-set-activations', NULL, TIMESTAMP '2000-01-01 00:00:00'),
    ('nightly-backup', NULL, TIMESTAMP '2000-01-01 00:00:00');
