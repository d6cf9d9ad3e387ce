package id.berdaya.rules.wrse;

public enum WrseDecision {
    ELIGIBLE,
    INELIGIBLE,
    /** No criterion failed but at least one needs an officer's verification. */
    NEEDS_REVIEW
}
