package id.berdaya.interfaces.kubp.rest;

import id.berdaya.domain.kubp.ledger.InstallmentPosition;
import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanEvents;
import id.berdaya.domain.kubp.loan.LoanStanding;
import id.berdaya.domain.kubp.loan.LoanTerms;
import id.berdaya.domain.kubp.loan.Repayment;
import id.berdaya.domain.kubp.loan.Reversal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Loans as the API shows them; money in whole rupiah. */
public final class LoanViews {

    private LoanViews() {
    }

    public record TermsView(String ruleSetVersion, BigDecimal interestRatePercent, boolean collateralRequired,
            long maxPrincipalPerMember, long maxPrincipalPerGroup, int minInstallments, int maxInstallments,
            int minGraceMonths, int maxGraceMonths, int graceMonths) {
    }

    public record LoanCreatedView(long id, String status, TermsView terms) {
    }

    public record ScheduleLineView(int number, LocalDate dueDate, long amount, long paid, String status) {
    }

    public record ReversalView(long id, long repaymentId, String reason, String reversedBy, Instant reversedAt) {
    }

    public record RepaymentView(long id, long loanId, long amount, LocalDate valueDate, String channel,
            String receiptNo, String postedBy, Instant postedAt, boolean reversed, ReversalView reversal) {
    }

    public record LoanSummaryView(long id, long groupId, String groupName, String districtCode, String status,
            long principal, LocalDate disbursedOn, long outstandingPrincipal, long daysPastDue, String agingBucket) {
    }

    public record LoanView(long id, long groupId, String groupName, String districtCode, LocalDate asOf,
            String status, String currentStatus, long principal, int installments, LocalDate disbursementDate,
            LocalDate firstDueDate, String purpose, long outstandingPrincipal, long arrearsAmount,
            long daysPastDue, String agingBucket, TermsView terms, String appliedBy, String approvedBy,
            LocalDate disbursedOn, String disbursementChannel, LocalDate writtenOffOn, String writeOffReason,
            List<ScheduleLineView> schedule, List<RepaymentView> repayments) {
    }

    public static TermsView terms(Loan loan) {
        LoanTerms t = loan.getTerms();
        return new TermsView(t.getRuleSetVersion(), t.getInterestRatePercent(), t.isCollateralRequired(),
                t.getMaxPrincipalPerMember(), t.getMaxPrincipalPerGroup(), t.getMinInstallments(),
                t.getMaxInstallments(), t.getMinGraceMonths(), t.getMaxGraceMonths(), loan.getGraceMonths());
    }

    public static LoanView of(Loan loan, LocalDate asOf, ArrearsLadder ladder) {
        LoanStanding standing = loan.standingOn(asOf);
        LoanEvents e = loan.getEvents();
        List<ScheduleLineView> schedule = standing.position().installments().stream()
                .map(LoanViews::line).toList();
        return new LoanView(loan.getId(), loan.getGroup().getId(), loan.getGroup().getName(),
                loan.getGroup().getDistrictCode(), asOf, standing.status().name(), loan.getStatus().name(),
                loan.getPrincipal().amount(), loan.getInstallmentCount(), loan.getPlannedDisbursementDate(),
                loan.getFirstDueDate(), loan.getPurpose(), standing.outstandingPrincipal().amount(),
                standing.arrearsAmount().amount(), standing.daysPastDue(), standing.agingBucket(ladder).name(),
                terms(loan), e.getAppliedBy(), e.getApprovedBy(), e.getDisbursedOn(),
                e.getDisbursementChannel() == null ? null : e.getDisbursementChannel().name(), e.getWrittenOffOn(),
                e.getWriteOffReason(), schedule, loan.getRepayments().stream().map(r -> repayment(loan, r)).toList());
    }

    public static LoanSummaryView summary(Loan loan, LocalDate asOf, ArrearsLadder ladder) {
        LoanStanding standing = loan.standingOn(asOf);
        return new LoanSummaryView(loan.getId(), loan.getGroup().getId(), loan.getGroup().getName(),
                loan.getGroup().getDistrictCode(), loan.getStatus().name(), loan.getPrincipal().amount(),
                loan.getEvents().getDisbursedOn(), standing.outstandingPrincipal().amount(), standing.daysPastDue(),
                standing.agingBucket(ladder).name());
    }

    public static RepaymentView repayment(Loan loan, Repayment r) {
        ReversalView reversal = loan.reversalOf(r).map(LoanViews::reversal).orElse(null);
        return new RepaymentView(r.getId(), loan.getId(), r.getAmount().amount(), r.getValueDate(),
                r.getChannel().name(), r.getReceiptNo(), r.getPostedBy(), r.getPostedAt(), reversal != null, reversal);
    }

    public static ReversalView reversal(Reversal r) {
        return new ReversalView(r.getId(), r.getRepaymentId(), r.getReason(), r.getReversedBy(), r.getReversedAt());
    }

    private static ScheduleLineView line(InstallmentPosition p) {
        return new ScheduleLineView(p.number(), p.dueDate(), p.amount().amount(), p.paid().amount(),
                p.status().name());
    }
}
