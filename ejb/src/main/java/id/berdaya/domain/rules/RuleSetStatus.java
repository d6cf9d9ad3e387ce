package id.berdaya.domain.rules;

/** Where a version of a rule set stands. */
public enum RuleSetStatus {
    /** Being edited by its author; never in force. */
    DRAFT,
    /** Approved by a second person and waiting for its effective date-time. */
    APPROVED,
    /** The version every request is evaluated with. One per rule set. */
    IN_FORCE,
    /** Was in force and was replaced; can be put back into force by a rollback. */
    RETIRED
}
