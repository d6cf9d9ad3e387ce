package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.kubp.ledger.LedgerEntry;
import id.berdaya.domain.kubp.ledger.LoanPosition;
import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import java.time.LocalDate;
import java.util.Collection;

/**
 * The most days past due a loan ever reached up to a date, for the repeat-loan term. Days past
 * due only grow by one a day between payments and drop when a payment lands, so the worst day is
 * the eve of some payment's value date, or the last day looked at.
 */
public final class DelinquencyHistory {

    private DelinquencyHistory() {
    }

    public static long maxDaysPastDue(RepaymentSchedule schedule, Collection<LedgerEntry> ledger, LocalDate until) {
        long worst = LoanPosition.asOf(schedule, ledger, until).daysPastDue();
        for (LedgerEntry entry : LedgerEntry.effectiveOn(ledger, until)) {
            LocalDate eve = entry.valueDate().minusDays(1);
            worst = Math.max(worst, LoanPosition.asOf(schedule, ledger, eve).daysPastDue());
        }
        return worst;
    }
}
