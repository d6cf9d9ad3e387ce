package id.berdaya.domain.kubp.schedule;

import id.berdaya.domain.kubp.ledger.InstallmentPosition;
import id.berdaya.domain.kubp.ledger.LedgerEntry;
import id.berdaya.domain.kubp.ledger.LoanPosition;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Rupiah;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * New schedules for a loan in repayment, with the same arithmetic as at application. Payments
 * made stay where they are: installments they fully cover keep their number, date and amount;
 * only what is still owed is scheduled again, so the schedule still sums to the principal.
 */
public final class Rescheduling {

    private Rescheduling() {
    }

    /**
     * Spreads what is still owed over the installments beyond those already paid.
     *
     * @param tenor the new total number of installments, the paid ones included
     * @param firstDueDate the due date of the first rescheduled installment; later ones monthly from it
     * @param today the first date the new schedule applies to
     */
    public static RepaymentSchedule reschedule(RepaymentSchedule current, Collection<LedgerEntry> ledger, int tenor,
            LocalDate firstDueDate, long roundingMultiple, LocalDate today) {
        List<ScheduledInstallment> kept = paidInstallments(current, ledger);
        Rupiah rest = current.total().minus(kept.stream().map(ScheduledInstallment::amount).reduce(Rupiah.ZERO, Rupiah::plus));
        if (rest.isZero()) {
            throw new InvalidInputException("tenor", "the loan is fully paid; there is nothing to reschedule",
                    "Pinjaman sudah lunas; tidak ada yang dijadwalkan ulang");
        }
        if (tenor <= kept.size()) {
            throw new InvalidInputException("tenor", "a tenor of " + tenor + " installments is not more than the "
                    + kept.size() + " already paid", "Jangka waktu " + tenor + " angsuran tidak lebih dari "
                    + kept.size() + " angsuran yang sudah dibayar");
        }
        if (firstDueDate == null || firstDueDate.isBefore(today)
                || (!kept.isEmpty() && !firstDueDate.isAfter(kept.get(kept.size() - 1).dueDate()))) {
            throw new InvalidInputException("firstDueDate", "the first rescheduled installment must fall due on or "
                    + "after " + today + " and after the last paid installment",
                    "Angsuran pertama jadwal baru harus jatuh tempo paling cepat " + today
                            + " dan sesudah angsuran terakhir yang sudah dibayar");
        }
        RepaymentSchedule tail;
        try {
            tail = new RoundedUpEqualInstallments().generate(
                    new ScheduleParameters(rest, tenor - kept.size(), firstDueDate, roundingMultiple));
        } catch (InvalidScheduleException e) {
            throw new InvalidInputException("tenor", e.getMessage(), e.indonesianMessage());
        }
        List<ScheduledInstallment> all = new ArrayList<>(kept);
        for (ScheduledInstallment i : tail.installments()) {
            all.add(new ScheduledInstallment(kept.size() + i.number(), i.dueDate(), i.amount()));
        }
        return new RepaymentSchedule(all);
    }

    /**
     * A moratorium: every installment not fully paid that falls due on or after {@code start} moves
     * {@code months} months later (on its anchor day), so the schedule ends that much later and the
     * installments that fell due before the disaster stay where they were.
     */
    public static RepaymentSchedule moratorium(RepaymentSchedule current, Collection<LedgerEntry> ledger,
            LocalDate start, int months, LocalDate today) {
        if (months < 1 || months > 24) {
            throw new InvalidInputException("moratoriumMonths", "a moratorium is 1 to 24 months",
                    "Penundaan angsuran 1 sampai 24 bulan");
        }
        LoanPosition position = LoanPosition.asOf(current, ledger, LocalDate.of(9999, 12, 31));
        List<ScheduledInstallment> moved = new ArrayList<>();
        for (InstallmentPosition p : position.installments()) {
            ScheduledInstallment i = p.installment();
            boolean shift = !i.dueDate().isBefore(start) && !p.isFullyPaid();
            moved.add(shift ? new ScheduledInstallment(i.number(), anchored(current, i, months), i.amount()) : i);
        }
        return new RepaymentSchedule(moved);
    }

    /** The due date months later, on the schedule's anchor day (31 Jan + 1 → 28/29 Feb, + 2 → 31 Mar). */
    private static LocalDate anchored(RepaymentSchedule schedule, ScheduledInstallment i, int months) {
        int anchorDay = schedule.firstDueDate().getDayOfMonth();
        LocalDate month = i.dueDate().withDayOfMonth(1).plusMonths(months);
        return month.withDayOfMonth(Math.min(anchorDay, month.lengthOfMonth()));
    }

    /** The installments the payments not reversed cover in full, oldest first. */
    static List<ScheduledInstallment> paidInstallments(RepaymentSchedule schedule, Collection<LedgerEntry> ledger) {
        long paid = LedgerEntry.totalNotReversed(ledger).amount();
        List<ScheduledInstallment> kept = new ArrayList<>();
        for (ScheduledInstallment i : schedule.installments()) {
            if (paid < i.amount().amount()) {
                break;
            }
            paid -= i.amount().amount();
            kept.add(i);
        }
        return kept;
    }
}
