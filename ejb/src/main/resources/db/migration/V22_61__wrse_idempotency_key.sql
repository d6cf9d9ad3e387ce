-- issue 22: a field device's own key for an application it records, so that a retry after a lost
-- answer finds the first recording instead of recording (or refusing) it again.
ALTER TABLE wrse_application ADD COLUMN idempotency_key VARCHAR(100);
CREATE UNIQUE INDEX wrse_application_idempotency_ux ON wrse_application (idempotency_key);
