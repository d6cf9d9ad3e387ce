package id.berdaya.domain.kubp.ledger;

/**
 * Where one installment stands on an as-of date. When more than one could apply the earlier
 * constant wins: an installment that is overdue stays {@link #OVERDUE} however much of it has
 * been paid, because being late is what staff must act on; the paid part is in the position.
 */
public enum InstallmentStatus {

    /** Paid in full, whenever that happened. */
    PAID,

    /** Due before the as-of date and not fully paid: counts in arrears and days past due. */
    OVERDUE,

    /** Not yet overdue (due today or later) and paid in part. */
    PARTIALLY_PAID,

    /** Due on the as-of date and nothing paid yet: the member still has the whole day. */
    DUE_TODAY,

    /** Due after the as-of date and nothing paid yet. */
    NOT_YET_DUE
}
