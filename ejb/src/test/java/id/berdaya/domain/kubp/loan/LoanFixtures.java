package id.berdaya.domain.kubp.loan;

import id.berdaya.domain.kubp.group.GroupFixtures;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.schedule.RoundedUpEqualInstallments;
import id.berdaya.domain.kubp.schedule.ScheduleParameters;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.rules.kubp.KubpTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A Rp 3,000,000 loan in three installments due 2025-01-31, 02-28, 03-31, disbursed 2024-12-20. */
final class LoanFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate DISBURSED = LocalDate.of(2024, 12, 20);

    private LoanFixtures() {
    }

    static Loan appliedLoan() {
        KubpGroup group = KubpGroup.create(GroupFixtures.group(GroupFixtures.members(5)), "petugas",
                Instant.now(), TODAY);
        LoanApplication application = new LoanApplication(1L, 3_000_000, 3, DISBURSED,
                LocalDate.of(2025, 1, 31), "Modal usaha kue");
        var schedule = new RoundedUpEqualInstallments().generate(
                ScheduleParameters.of(Rupiah.of(3_000_000), 3, application.firstDueDate()));
        KubpTerms terms = new KubpTerms();
        terms.setInterestRatePercent(BigDecimal.ZERO);
        return Loan.apply(group, application, schedule, 1_000, LoanTerms.of(terms, "kubp-test"), "petugas",
                Instant.now());
    }

    static Loan disbursedLoan() {
        Loan loan = appliedLoan();
        loan.approve("penyelia", Instant.now());
        loan.disburse(DISBURSED, PaymentChannel.BANK_TRANSFER, "keuangan", Instant.now(), TODAY);
        return loan;
    }

    static Repayment pay(Loan loan, long amount, LocalDate valueDate, String receiptNo) {
        return loan.postRepayment(RepaymentDetails.of(amount, valueDate, PaymentChannel.CASH, receiptNo, null),
                "keuangan", Instant.now(), TODAY);
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
