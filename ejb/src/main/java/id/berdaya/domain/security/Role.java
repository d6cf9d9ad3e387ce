package id.berdaya.domain.security;

/** The staff roles; their names are the Jakarta Security group names used in role checks. */
public enum Role {
    LOAN_OFFICER,
    POLICY_STAFF,
    FINANCE_STAFF,
    SUPERVISOR,
    ADMIN,
    /**
     * May edit free-form rule text (DRL files). Not a policy-staff ability: policy staff change rules
     * through the structured content; a technician (who also holds POLICY_STAFF) may write DRL, which
     * still passes the static safety check before anything compiles, and a supervisor approves it.
     */
    RULE_TECHNICIAN;

    /** Role names as constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String LOAN_OFFICER = "LOAN_OFFICER";
        public static final String POLICY_STAFF = "POLICY_STAFF";
        public static final String FINANCE_STAFF = "FINANCE_STAFF";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String ADMIN = "ADMIN";
        public static final String RULE_TECHNICIAN = "RULE_TECHNICIAN";

        private Names() {
        }
    }
}
