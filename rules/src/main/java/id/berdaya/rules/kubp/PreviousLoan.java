package id.berdaya.rules.kubp;

/** A loan the group had before, as far as the repeat-loan term cares. */
public final class PreviousLoan {

    private final boolean fullyRepaid;
    private final int maxDaysPastDue;

    /** @param maxDaysPastDue the most days past due the loan ever reached */
    public PreviousLoan(boolean fullyRepaid, int maxDaysPastDue) {
        if (maxDaysPastDue < 0) {
            throw new IllegalArgumentException("Days past due cannot be negative: " + maxDaysPastDue);
        }
        this.fullyRepaid = fullyRepaid;
        this.maxDaysPastDue = maxDaysPastDue;
    }

    public boolean isFullyRepaid() {
        return fullyRepaid;
    }

    public int getMaxDaysPastDue() {
        return maxDaysPastDue;
    }

    @Override
    public String toString() {
        return "PreviousLoan[" + (fullyRepaid ? "repaid" : "open") + ", max DPD " + maxDaysPastDue + "]";
    }
}
