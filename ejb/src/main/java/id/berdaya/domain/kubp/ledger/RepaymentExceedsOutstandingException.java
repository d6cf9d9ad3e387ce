package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.shared.Rupiah;

/**
 * A repayment larger than what is left of the loan. Refused rather than kept as a credit: the
 * programme has no use for member credit balances, and an over-payment is almost always a
 * typing mistake. Carries an Indonesian message for the API to show, like schedule refusals.
 */
public final class RepaymentExceedsOutstandingException extends IllegalArgumentException {

    public static final String MESSAGE_ID = "repayment.exceedsOutstanding";

    private final Rupiah repayment;
    private final Rupiah outstanding;

    public RepaymentExceedsOutstandingException(Rupiah repayment, Rupiah outstanding) {
        super(describe(repayment, outstanding));
        this.repayment = repayment;
        this.outstanding = outstanding;
    }

    private static String describe(Rupiah repayment, Rupiah outstanding) {
        if (!repayment.isGreaterThan(outstanding)) {
            throw new IllegalArgumentException(
                    repayment + " does not exceed the outstanding " + outstanding);
        }
        return "repayment: " + repayment + " exceeds the outstanding balance of " + outstanding
                + " by " + repayment.minus(outstanding);
    }

    public Rupiah repayment() {
        return repayment;
    }

    public Rupiah outstanding() {
        return outstanding;
    }

    public String field() {
        return "repayment";
    }

    public String messageId() {
        return MESSAGE_ID;
    }

    public String indonesianMessage() {
        return "Pembayaran " + repayment + " melebihi sisa pinjaman " + outstanding
                + " sebesar " + repayment.minus(outstanding) + ".";
    }
}
