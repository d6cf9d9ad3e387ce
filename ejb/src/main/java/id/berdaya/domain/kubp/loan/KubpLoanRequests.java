package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.kubp.group.GroupMember;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.rules.kubp.KubpLoanRequest;
import id.berdaya.rules.kubp.KubpMember;
import id.berdaya.rules.kubp.PreviousLoan;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Builds the fact the KUBP rules judge from a group, its application and its loan history. Every
 * earlier loan counts for the repeat-loan terms: one not paid off (still open, or written off) is
 * "not fully repaid", and its worst days past due so far is what the arrears term reads.
 */
public final class KubpLoanRequests {

    private KubpLoanRequests() {
    }

    public static KubpLoanRequest of(KubpGroup group, LoanApplication application, List<Loan> groupLoans,
            Set<String> niksWithOtherOpenLoans, LocalDate today) {
        List<KubpMember> members = group.getMembers().stream()
                .map(m -> member(m, niksWithOtherOpenLoans.contains(m.getNik())))
                .toList();
        List<PreviousLoan> previous = groupLoans.stream().map(loan -> previous(loan, today)).toList();
        return KubpLoanRequest.builder()
                .groupDistrictCode(group.getDistrictCode())
                .applicationDate(application.applicationDate(today))
                .principal(application.principal())
                .installments(application.installments())
                .graceMonths(application.graceMonths())
                .members(members)
                .previousLoans(previous)
                .build();
    }

    private static KubpMember member(GroupMember m, boolean inOtherOpenLoan) {
        return new KubpMember(m.getNik(), m.getSex(), m.getBirthDate(), m.getMaritalStatus(),
                m.getDomicileDistrictCode(), inOtherOpenLoan);
    }

    private static PreviousLoan previous(Loan loan, LocalDate today) {
        boolean repaid = loan.getStatus() == LoanStatus.PAID_OFF;
        if (!loan.getStatus().isDisbursed()) {
            return new PreviousLoan(false, 0);
        }
        LocalDate until = loan.getEvents().getWrittenOffOn() != null ? loan.getEvents().getWrittenOffOn() : today;
        long worst = DelinquencyHistory.maxDaysPastDue(loan.schedule(), loan.ledger(), until);
        return new PreviousLoan(repaid, (int) Math.min(Integer.MAX_VALUE, worst));
    }
}
