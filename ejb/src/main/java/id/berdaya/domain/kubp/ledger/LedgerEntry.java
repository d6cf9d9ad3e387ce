package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The arithmetic's view of one repayment in a loan's ledger: its id, amount, value date and
 * whether it has been reversed. The reversal itself (posting date, author, reason) lives in the
 * ledger's own records; here only its effect matters.
 *
 * <p>A reversal takes effect from the value date of the payment it reverses, so a reversed
 * payment counts on no date at all: figures for a past date change once the reversal is posted.
 */
public record LedgerEntry(long id, Rupiah amount, LocalDate valueDate, boolean reversed) {

    /** Value date first, then id, so same-day payments are applied in the order they were taken. */
    public static final Comparator<LedgerEntry> VALUE_DATE_THEN_ID =
            Comparator.comparing(LedgerEntry::valueDate).thenComparingLong(LedgerEntry::id);

    public LedgerEntry {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(valueDate, "valueDate");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException(
                    "Payment " + id + " must be more than Rp 0, was " + amount);
        }
    }

    public static LedgerEntry payment(long id, Rupiah amount, LocalDate valueDate) {
        return new LedgerEntry(id, amount, valueDate, false);
    }

    /** The same payment once a reversal has been posted against it. */
    public LedgerEntry asReversed() {
        return new LedgerEntry(id, amount, valueDate, true);
    }

    /** Whether this payment counts in figures for {@code asOf}. */
    public boolean countsOn(LocalDate asOf) {
        return !reversed && !valueDate.isAfter(asOf);
    }

    /** The payments that count on {@code asOf}, in the order they are applied. */
    public static List<LedgerEntry> effectiveOn(Collection<LedgerEntry> ledger, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return ledger.stream()
                .filter(entry -> entry.countsOn(asOf))
                .sorted(VALUE_DATE_THEN_ID)
                .toList();
    }

    /**
     * Every payment that is not reversed, whatever its value date: a payment with a later value
     * date still reduces what the member may pay.
     */
    public static Rupiah totalNotReversed(Collection<LedgerEntry> ledger) {
        return ledger.stream()
                .filter(entry -> !entry.reversed())
                .map(LedgerEntry::amount)
                .reduce(Rupiah.ZERO, Rupiah::plus);
    }
}
