package id.berdaya.reports.kubp;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan's repayment statement as of a date: schedule against payments (reversals shown), with the
 * balance, arrears and days past due the ledger gives for that date; a loan written off by then says so
 * ({@code writeOff}, else null), its figures frozen on the write-off date.
 */
public record RepaymentStatement(Letterhead letterhead, LetterIssue issue, Signatory signatory, BorrowingGroup group,
        String loanNumber, LocalDate asOf, long principal, LocalDate disbursedOn, List<ScheduleLine> schedule,
        List<PaymentLine> payments, long paid, long balance, long arrears, int daysPastDue, WriteOff writeOff) implements Document {

    public RepaymentStatement {
        schedule = List.copyOf(schedule);
        payments = List.copyOf(payments);
    }

    @Override
    public String template() {
        return "kubp/repayment-statement";
    }

    @Override
    public List<?> rows() {
        return schedule;
    }
}
