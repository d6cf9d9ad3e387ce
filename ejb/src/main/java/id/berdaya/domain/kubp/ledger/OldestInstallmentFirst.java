package id.berdaya.domain.kubp.ledger;

import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.kubp.schedule.ScheduledInstallment;
import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The KUBP rule: a payment goes to the oldest unpaid installment first and any surplus rolls on
 * to the next, so paying early or paying more reduces later installments rather than sitting as
 * a credit. With no interest or penalties there is nothing else to pay first.
 */
public final class OldestInstallmentFirst implements PaymentAllocation {

    @Override
    public List<Rupiah> allocate(
            RepaymentSchedule schedule, Collection<LedgerEntry> ledger, LocalDate asOf) {
        List<ScheduledInstallment> installments = schedule.installments();
        List<Rupiah> paid = new ArrayList<>(Collections.nCopies(installments.size(), Rupiah.ZERO));
        int oldestOpen = 0;
        for (LedgerEntry payment : LedgerEntry.effectiveOn(ledger, asOf)) {
            Rupiah left = payment.amount();
            while (left.isPositive()) {
                if (oldestOpen == installments.size()) {
                    throw overpaid(schedule, payment, left);
                }
                Rupiah due = installments.get(oldestOpen).amount();
                Rupiah applied = left.min(due.minus(paid.get(oldestOpen)));
                paid.set(oldestOpen, paid.get(oldestOpen).plus(applied));
                left = left.minus(applied);
                if (paid.get(oldestOpen).equals(due)) {
                    oldestOpen++;
                }
            }
        }
        return List.copyOf(paid);
    }

    private static IllegalStateException overpaid(
            RepaymentSchedule schedule, LedgerEntry payment, Rupiah surplus) {
        return new IllegalStateException("Payment " + payment.id() + " of " + payment.amount()
                + " on " + payment.valueDate() + " leaves " + surplus
                + " after the whole schedule of " + schedule.total()
                + " is paid; the ledger holds an over-payment");
    }
}
