package id.berdaya.domain.kubp.loan;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a loan is in its life. DISBURSED, ACTIVE and PAID_OFF follow from the ledger (no payment
 * counting yet, some, everything paid), so a reversal can move a loan back from PAID_OFF.
 */
public enum LoanStatus {
    APPLIED,
    APPROVED,
    DISBURSED,
    ACTIVE,
    PAID_OFF,
    WRITTEN_OFF;

    /** Loans that keep their members from joining another borrowing group. */
    public static final Set<LoanStatus> OPEN = EnumSet.of(APPLIED, APPROVED, DISBURSED, ACTIVE);

    /** Loans with money out that repayments may be posted to. */
    public static final Set<LoanStatus> REPAYABLE = EnumSet.of(DISBURSED, ACTIVE);

    public boolean isDisbursed() {
        return this != APPLIED && this != APPROVED;
    }
}
