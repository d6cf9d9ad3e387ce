package id.berdaya.domain.kubp.ledger;

/**
 * The aging buckets of the programme's reports, by days past due. Bounds are inclusive on both
 * ends, so 30 days is still {@link #DPD_1_30} and 31 is {@link #DPD_31_60}.
 */
public enum AgingBucket {

    CURRENT(0, 0),
    DPD_1_30(1, 30),
    DPD_31_60(31, 60),
    DPD_61_90(61, 90),
    DPD_OVER_90(91, Long.MAX_VALUE);

    private final long fromDays;
    private final long toDays;

    AgingBucket(long fromDays, long toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public static AgingBucket of(long daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException(
                    "Days past due cannot be negative, was " + daysPastDue);
        }
        for (AgingBucket bucket : values()) {
            if (daysPastDue <= bucket.toDays) {
                return bucket;
            }
        }
        throw new AssertionError("DPD_OVER_90 has no upper bound");
    }

    public long fromDays() {
        return fromDays;
    }

    /** The last day in the bucket; {@link Long#MAX_VALUE} for the open-ended last one. */
    public long toDays() {
        return toDays;
    }
}
