package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.shared.Rupiah;
import java.util.Collection;
import java.util.Objects;

/**
 * The check made before a repayment is posted: it may not exceed what is still owed. "Still
 * owed" counts every payment that is not reversed, whatever its value date, so that a payment
 * back-dated or dated ahead cannot open room for a second one; a reversed payment frees its
 * amount again.
 */
public final class RepaymentLimit {

    private RepaymentLimit() {
    }

    /** The principal not yet covered by any payment in the ledger. */
    public static Rupiah outstandingNow(
            RepaymentSchedule schedule, Collection<LedgerEntry> ledger) {
        Rupiah scheduled = schedule.total();
        Rupiah paid = LedgerEntry.totalNotReversed(ledger);
        if (paid.isGreaterThan(scheduled)) {
            throw new IllegalStateException("The ledger holds " + paid
                    + " in payments against a schedule of " + scheduled);
        }
        return scheduled.minus(paid);
    }

    /**
     * Refuses a repayment larger than {@link #outstandingNow}; paying exactly the outstanding
     * balance is allowed and closes the loan.
     *
     * @throws RepaymentExceedsOutstandingException naming both amounts
     */
    public static void requireWithinOutstanding(
            RepaymentSchedule schedule, Collection<LedgerEntry> ledger, Rupiah repayment) {
        Objects.requireNonNull(repayment, "repayment");
        if (!repayment.isPositive()) {
            throw new IllegalArgumentException("A repayment must be more than Rp 0");
        }
        Rupiah outstanding = outstandingNow(schedule, ledger);
        if (repayment.isGreaterThan(outstanding)) {
            throw new RepaymentExceedsOutstandingException(repayment, outstanding);
        }
    }
}
