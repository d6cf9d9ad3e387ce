package id.berdaya.domain.kubp.ledger;

/**
 * An aging bucket of the programme's reports: its place on the {@link ArrearsLadder} (0 current, 1
 * to 3 the ladder's steps, 4 beyond the last) and its days past due, inclusive at both ends. Its
 * {@link #name()} is the code the API and the pages show: {@code CURRENT}, {@code DPD_1_30},
 * {@code DPD_31_60}, {@code DPD_61_90}, {@code DPD_OVER_90} with the default ladder; a change of the
 * ladder changes the codes with it.
 */
public record AgingBucket(int rung, long fromDays, long toDays) {

    /** The code: CURRENT, DPD_from_to, or DPD_OVER_n for the open-ended last bucket. */
    public String name() {
        if (rung == 0) {
            return "CURRENT";
        }
        return toDays == Long.MAX_VALUE ? "DPD_OVER_" + (fromDays - 1) : "DPD_" + fromDays + "_" + toDays;
    }

    public boolean isCurrent() {
        return rung == 0;
    }

    public boolean isOpenEnded() {
        return toDays == Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return name();
    }
}
