-- issue 14: a rollback is four-eyes like a publication. One person requests it (status REQUESTED),
-- a second approves it (approved_by, approved_at), and only then is it pending at its effective time.
ALTER TABLE rule_set_activation ADD COLUMN approved_by VARCHAR(50);
ALTER TABLE rule_set_activation ADD COLUMN approved_at TIMESTAMP;
ALTER TABLE rule_set_activation DROP CONSTRAINT rule_set_activation_status_ck;
ALTER TABLE rule_set_activation ADD CONSTRAINT rule_set_activation_status_ck
    CHECK (status IN ('REQUESTED', 'PENDING', 'DONE', 'FAILED'));
