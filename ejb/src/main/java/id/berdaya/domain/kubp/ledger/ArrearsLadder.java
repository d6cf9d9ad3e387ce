package id.berdaya.domain.kubp.ledger;

import id.berdaya.rules.kubp.KubpTerms;

/**
 * The programme's one arrears ladder: three steps in days past due, from the KUBP parameter table
 * (ARREARS_STEP_1_DAYS, _2_, _3_; by default 30, 60 and 90) through the terms in force. Everything
 * that grades arrears reads it: the aging buckets (1 to step 1, then up to step 2, up to step 3, and
 * beyond), portfolio at risk (PAR beyond step 1 and beyond step 3), the warnings (SP-1 beyond step 1,
 * SP-2 beyond step 2, SP-3 beyond step 3) and the repeat-loan rule (no earlier loan beyond step 3).
 */
public record ArrearsLadder(int step1, int step2, int step3) {

    public ArrearsLadder {
        if (step1 < 1 || step2 <= step1 || step3 <= step2) {
            throw new IllegalArgumentException("The arrears ladder must rise from at least 1 day, step by step; was "
                    + step1 + ", " + step2 + ", " + step3);
        }
    }

    /** The ladder of the terms in force. */
    public static ArrearsLadder of(KubpTerms terms) {
        return new ArrearsLadder(terms.getArrearsStep1Days(), terms.getArrearsStep2Days(), terms.getArrearsStep3Days());
    }

    /** The aging bucket of a loan this many days past due; bounds are inclusive at both ends. */
    public AgingBucket bucketOf(long daysPastDue) {
        if (daysPastDue < 0) {
            throw new IllegalArgumentException("Days past due cannot be negative, was " + daysPastDue);
        }
        if (daysPastDue == 0) {
            return new AgingBucket(0, 0, 0);
        }
        if (daysPastDue <= step1) {
            return new AgingBucket(1, 1, step1);
        }
        if (daysPastDue <= step2) {
            return new AgingBucket(2, step1 + 1L, step2);
        }
        if (daysPastDue <= step3) {
            return new AgingBucket(3, step2 + 1L, step3);
        }
        return new AgingBucket(4, step3 + 1L, Long.MAX_VALUE);
    }

    /** The warning level due at this many days past due: 0 for none, else 1 to 3 (SP-1 to SP-3). */
    public int warningLevelFor(long daysPastDue) {
        return daysPastDue > step3 ? 3 : daysPastDue > step2 ? 2 : daysPastDue > step1 ? 1 : 0;
    }

    /** The days past due beyond which a warning of this level (1 to 3) is due. */
    public int warningAfter(int level) {
        return switch (level) {
            case 1 -> step1;
            case 2 -> step2;
            case 3 -> step3;
            default -> throw new IllegalArgumentException("Warning levels are 1 to 3, not " + level);
        };
    }
}
