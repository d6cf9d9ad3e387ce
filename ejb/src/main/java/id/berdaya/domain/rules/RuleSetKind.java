package id.berdaya.domain.rules;

/** The rule sets the application runs; each has one version in force at a time. */
public enum RuleSetKind {
    /** WRSE aid eligibility: criteria, decision and priority score. */
    WRSE_ELIGIBILITY,
    /** KUBP loan terms: group eligibility, ceilings, tenor and grace. */
    KUBP_TERMS
}
