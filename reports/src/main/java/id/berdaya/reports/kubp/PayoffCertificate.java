package id.berdaya.reports.kubp;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.time.LocalDate;
import java.util.List;

/** Surat Keterangan Lunas: the loan is fully repaid, so the group may borrow again. */
public record PayoffCertificate(Letterhead letterhead, LetterIssue issue, Signatory signatory, BorrowingGroup group,
        String loanNumber, long principal, LocalDate disbursedOn, LocalDate paidOffOn, int installments)
        implements Document {

    @Override
    public String template() {
        return "kubp/payoff-certificate";
    }

    @Override
    public List<?> rows() {
        return List.of();
    }
}
