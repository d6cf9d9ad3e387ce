package id.berdaya.infrastructure.demo;

import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.loan.KubpLoanRequests;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanApplication;
import id.berdaya.domain.kubp.loan.LoanTerms;
import id.berdaya.domain.kubp.loan.PaymentChannel;
import id.berdaya.domain.kubp.loan.Repayment;
import id.berdaya.domain.kubp.loan.RepaymentDetails;
import id.berdaya.domain.kubp.schedule.RepaymentSchedule;
import id.berdaya.domain.kubp.schedule.RoundedUpEqualInstallments;
import id.berdaya.domain.kubp.schedule.ScheduleParameters;
import id.berdaya.domain.kubp.schedule.ScheduledInstallment;
import id.berdaya.domain.rules.LoanTermRules;
import id.berdaya.domain.rules.LoanTermRules.TermsEvaluation;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.infrastructure.demo.KubpDemoPortfolio.Profile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo loans with histories that put them in each state on the day of loading: payments dated so
 * that the oldest unpaid installment fell due the wanted number of days ago. Entered by petugas,
 * approved by penyelia, money moved by keuangan, as in the programme.
 */
@ApplicationScoped
class KubpDemoLoans {

    private static final Logger LOG = Logger.getLogger(KubpDemoLoans.class.getName());
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final long PER_MEMBER = 5_000_000;

    @Inject
    private LoanTermRules loanTerms;

    static LocalDate today() {
        return LocalDate.now(WITA);
    }

    Loan repaidBefore2022(KubpGroup group, int index) {
        LocalDate disbursed = LocalDate.of(2019, 2 + index % 6, 5);
        Loan loan = applied(group, List.of(), 12, disbursed, disbursed.plusMonths(1), "Modal kerja pinjaman pertama");
        disburse(loan, disbursed);
        pay(loan, 12, group, 0);
        return loan;
    }

    Loan loan(KubpGroup group, Profile profile, List<Loan> history, int index) {
        LocalDate today = today();
        return switch (profile) {
            case CURRENT -> running(group, history, 10 + index % 5, 4, -10);
            case DPD_1_30 -> running(group, history, 12, 3, 12);
            case DPD_31_60 -> running(group, history, 12, 5, 45);
            case DPD_61_90 -> running(group, history, 12, 2, 75);
            case DPD_OVER_90 -> running(group, history, 12, 1, 150);
            // The sixth and last installment fell due, and was paid, four months ago.
            case PAID_OFF -> running(group, history, 6, 6, (int) (today.toEpochDay()
                    - today.minusMonths(3).toEpochDay()));
            case CURRENT_WITH_REVERSAL -> withReversal(running(group, history, 12, 3, -5));
            case WRITTEN_OFF -> writtenOff(group, history);
            case APPLIED -> applied(group, history, 12, today.plusDays(14), today.plusDays(14).plusMonths(1),
                    "Modal usaha bersama");
            case APPROVED -> approved(applied(group, history, 10, today.plusDays(7), today.plusDays(7).plusMonths(1),
                    "Pembelian alat dan bahan"));
        };
    }

    /** A loan whose installments 1..paid were paid on their due dates and the next fell due daysLate ago. */
    private Loan running(KubpGroup group, List<Loan> history, int installments, int paid, int daysLate) {
        LocalDate nextDue = today().minusDays(daysLate);
        LocalDate firstDue = nextDue.minusMonths(paid);
        Loan loan = applied(group, history, installments, firstDue.minusMonths(1), firstDue, "Tambahan modal usaha");
        disburse(loan, firstDue.minusMonths(1));
        pay(loan, Math.min(paid, installments), group, 0);
        return loan;
    }

    private Loan applied(KubpGroup group, List<Loan> history, int installments, LocalDate disbursement,
            LocalDate firstDue, String purpose) {
        long principal = Math.min(group.getMembers().size() * PER_MEMBER, 100_000_000);
        LoanApplication application = new LoanApplication(group.getId(), principal, installments, disbursement,
                firstDue, purpose);
        TermsEvaluation evaluation = loanTerms.evaluateTerms(
                KubpLoanRequests.of(group, application, history, Set.of(), today()));
        if (!evaluation.result().isApprovable()) {
            LOG.warning(() -> "Demo loan for " + group.getName() + " breaks terms: " + evaluation.result());
        }
        RepaymentSchedule schedule = new RoundedUpEqualInstallments().generate(
                ScheduleParameters.of(Rupiah.of(principal), installments, firstDue));
        return Loan.apply(group, application, schedule, ScheduleParameters.DEFAULT_ROUNDING_MULTIPLE,
                LoanTerms.of(evaluation.result().getTerms(), evaluation.ruleSetVersion()), "petugas",
                at(disbursement.minusDays(10)));
    }

    private Loan approved(Loan loan) {
        loan.approve("penyelia", Instant.now());
        return loan;
    }

    private void disburse(Loan loan, LocalDate on) {
        loan.approve("penyelia", at(on.minusDays(3)));
        loan.disburse(on, on.getDayOfMonth() % 2 == 0 ? PaymentChannel.CASH
                : PaymentChannel.BANK_TRANSFER, "keuangan", at(on), today());
    }

    private void pay(Loan loan, int installments, KubpGroup group, int receiptOffset) {
        for (int n = 1; n <= installments; n++) {
            ScheduledInstallment due = loan.schedule().installment(n);
            loan.postRepayment(RepaymentDetails.of(due.amount().amount(), due.dueDate(), PaymentChannel.CASH,
                    receipt(group, due.dueDate(), n + receiptOffset), null), "keuangan", at(due.dueDate()), today());
        }
    }

    private Loan withReversal(Loan loan) {
        ScheduledInstallment third = loan.schedule().installment(3);
        Repayment twice = loan.postRepayment(RepaymentDetails.of(third.amount().amount(), third.dueDate(),
                PaymentChannel.CASH, receipt(loan.getGroup(), third.dueDate(), 99), null), "keuangan",
                at(third.dueDate()).plusSeconds(600), today());
        loan.reverse(twice, "Kuitansi yang sama tercatat dua kali", "keuangan", at(third.dueDate().plusDays(1)));
        return loan;
    }

    private Loan writtenOff(KubpGroup group, List<Loan> history) {
        LocalDate disbursed = LocalDate.of(2021, 2, 10);
        Loan loan = applied(group, history, 12, disbursed, disbursed.plusMonths(1), "Modal dagang sembako");
        disburse(loan, disbursed);
        pay(loan, 2, group, 0);
        loan.writeOff(LocalDate.of(2023, 6, 30), "Kelompok bubar; sebagian besar anggota pindah ke luar daerah",
                "penyelia", at(LocalDate.of(2023, 6, 30)), today());
        return loan;
    }

    private static String receipt(KubpGroup group, LocalDate date, int number) {
        return String.format("KW/%s/%d/%s/%02d", group.getDistrictCode(), group.getId(),
                date.toString().replace("-", ""), number);
    }

    private static Instant at(LocalDate date) {
        return date.atTime(10, 0).atZone(WITA).toInstant();
    }
}
