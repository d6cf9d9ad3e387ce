package id.berdaya.domain.wrse;

/**
 * Where an application stands. DRAFT → SUBMITTED (screened) → PROPOSED (on the regency's list to
 * the province) → VERIFIED or REJECTED (by the province) → TRAINED (Bimtek attended) →
 * AID_DELIVERED (goods handed over).
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    PROPOSED,
    VERIFIED,
    REJECTED,
    TRAINED,
    AID_DELIVERED;

    /** Open applications count against "one per NIK per programme year"; a rejected one does not. */
    public boolean isOpen() {
        return this != REJECTED;
    }

    /** Data may still be corrected (and the application screened again) before it is proposed. */
    public boolean isCorrectable() {
        return this == DRAFT || this == SUBMITTED;
    }
}
