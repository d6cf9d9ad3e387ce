package id.berdaya.domain.wrse.appeal;

/**
 * Why the applicant objects. A registry error (she is, or is not, listed as the registry says) is
 * also sent on to the Dinas Sosial as a data-correction proposal (usulan perbaikan data).
 */
public enum AppealGround {
    /** A registry lists her wrongly, or not at all (DTKS, P3KE, DTSEN, an aid list). */
    REGISTRY_ERROR,
    /** A fact entered at intake was wrong (circumstances, current aid). */
    WRONG_FACTS,
    /** New facts or documents since the decision. */
    NEW_FACTS,
    /** Any other objection, explained in the grounds. */
    OTHER;

    public boolean proposesCorrection() {
        return this == REGISTRY_ERROR;
    }
}
