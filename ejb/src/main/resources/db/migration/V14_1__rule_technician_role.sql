-- issue 14: free-form rule text (DRL) is edited only by a technical role, RULE_TECHNICIAN; policy staff
-- change rules through the structured content (tables and forms) instead.
ALTER TABLE app_user_role DROP CONSTRAINT app_user_role_ck;
ALTER TABLE app_user_role ADD CONSTRAINT app_user_role_ck
    CHECK (role IN ('LOAN_OFFICER', 'POLICY_STAFF', 'FINANCE_STAFF', 'SUPERVISOR', 'ADMIN', 'RULE_TECHNICIAN'));
