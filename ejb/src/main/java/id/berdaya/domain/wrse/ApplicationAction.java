package id.berdaya.domain.wrse;

/** What happened in one step of an application's history. */
public enum ApplicationAction {
    RECORDED,
    CORRECTED,
    SUBMITTED,
    RESCREENED,
    REVIEW_RESOLVED,
    /** A first supervisor asks to override an INELIGIBLE decision; a second one must confirm it. */
    OVERRIDE_REQUESTED,
    DECISION_OVERRIDDEN,
    PROPOSED,
    VERIFIED,
    REJECTED,
    TRAINED,
    AID_DELIVERED,
    DOCUMENT_UPDATED
}
