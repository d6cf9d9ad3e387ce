package id.berdaya.reports.kubp;

import id.berdaya.reports.Document;
import id.berdaya.reports.letter.LetterIssue;
import id.berdaya.reports.letter.Letterhead;
import id.berdaya.reports.letter.Signatory;
import java.util.List;

/**
 * Approval of a KUBP loan, which is also the agreement the group signs: the members and their shares,
 * the principal, the schedule (subreport) and the interest and collateral terms in force.
 */
public record LoanApprovalLetter(Letterhead letterhead, LetterIssue issue, Signatory signatory, BorrowingGroup group,
        String loanNumber, long principal, int graceMonths, List<Member> members, List<Installment> schedule,
        LoanTerms terms, List<String> copies) implements Document {

    public LoanApprovalLetter {
        members = List.copyOf(members);
        copies = List.copyOf(copies);
        schedule = List.copyOf(schedule);
    }

    @Override
    public String template() {
        return "kubp/loan-approval-letter";
    }

    @Override
    public List<?> rows() {
        return members;
    }
}
