package id.berdaya.application.reports;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.Repayment;
import id.berdaya.domain.kubp.loan.Reversal;
import id.berdaya.reports.kubp.PaymentLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The ledger lines of a statement: payments valued by the as-of date, a reversed one kept and marked,
 * and each reversal as a line of its own on the day it was posted, with its reason.
 */
final class StatementLedger {

    private StatementLedger() {
    }

    static List<PaymentLine> of(Loan loan, LocalDate asOf) {
        List<PaymentLine> lines = new ArrayList<>();
        for (Repayment repayment : loan.getRepayments()) {
            if (repayment.getValueDate().isAfter(asOf)) {
                continue;
            }
            Optional<Reversal> reversal = loan.reversalOf(repayment);
            lines.add(new PaymentLine(day(repayment.getPostedAt()), repayment.getValueDate(), repayment.getReceiptNo(),
                    "Setoran angsuran (" + channel(repayment.getChannel()) + ")",
                    repayment.getAmount().amount(), false, reversal.isPresent()));
            reversal.ifPresent(r -> lines.add(new PaymentLine(day(r.getReversedAt()), repayment.getValueDate(),
                    repayment.getReceiptNo(), "Pembatalan: " + r.getReason(), repayment.getAmount().amount(), true, false)));
        }
        lines.sort(Comparator.comparing(PaymentLine::valueDate).thenComparing(PaymentLine::postedOn));
        return lines;
    }

    /** The value date of the last payment that still counts: the day the loan was paid off. */
    static LocalDate lastCountingPayment(Loan loan) {
        return loan.getRepayments().stream().filter(r -> loan.reversalOf(r).isEmpty())
                .map(Repayment::getValueDate).max(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalStateException("Paid-off loan " + loan.getId() + " without payments"));
    }

    /** The channel as the statement names it. */
    static String channel(id.berdaya.domain.kubp.loan.PaymentChannel channel) {
        return switch (channel) {
            case CASH -> "tunai";
            case BANK_TRANSFER -> "transfer bank";
        };
    }

    private static LocalDate day(java.time.Instant at) {
        return at.atZone(KubpCalendar.ZONE).toLocalDate();
    }
}
