package id.berdaya.reports.kubp;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.time.LocalDate;
import java.util.List;

/**
 * A warning to a group in arrears, listing every overdue installment as of the letter's date; SP-2 and
 * SP-3 cite the warning before them ({@code earlier}), SP-1 none.
 */
public record ArrearsWarningLetter(Letterhead letterhead, LetterIssue issue, Signatory signatory, BorrowingGroup group,
        String loanNumber, LocalDate asOf, WarningLevel level, int daysPastDue, List<OverdueInstallment> overdue,
        LocalDate payBy, EarlierWarning earlier) implements Document {

    public ArrearsWarningLetter {
        overdue = List.copyOf(overdue);
        if ((level == WarningLevel.FIRST) != (earlier == null)) {
            throw new IllegalArgumentException(level.title() + (earlier == null ? " must cite the earlier warning"
                    : " cites no earlier warning"));
        }
        if (overdue.isEmpty()) {
            throw new IllegalArgumentException("A warning letter lists at least one overdue installment");
        }
    }

    public long totalArrears() {
        return overdue.stream().mapToLong(OverdueInstallment::unpaid).reduce(0, Math::addExact);
    }

    @Override
    public String template() {
        return "kubp/arrears-warning-letter";
    }

    @Override
    public List<?> rows() {
        return overdue;
    }
}
