package id.berdaya.reports.kubp;

import java.time.LocalDate;

/**
 * A ledger entry of a statement. Payments are never deleted: a mistaken payment stays, marked
 * {@code reversed}, and its reversal is a line of its own ({@code reversal}) with its reason.
 */
public record PaymentLine(LocalDate postedOn, LocalDate valueDate, String reference, String description, long amount,
        boolean reversal, boolean reversed) {

    /** Signed as the statement shows it: a reversal takes the amount back. */
    public long signedAmount() {
        return reversal ? -amount : amount;
    }
}
