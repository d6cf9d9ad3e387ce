package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The loan's life and its ledger over HTTP: approval, disbursement, repayments oldest first,
 * idempotent replays, reversals that change the past, DPD on past dates, 404 and 409.
 */
@ExtendWith(ArquillianExtension.class)
class KubpLedgerIT {

    /** Rp 6,000,000 in six installments of Rp 1,000,000 due on the 10th, February to July 2024. */
    private static final LocalDate DISBURSED = LocalDate.of(2024, 1, 10);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private KubpApi kubp;

    @BeforeEach
    void client() {
        kubp = new KubpApi(app);
    }

    private long sixMonthLoan() {
        return kubp.disbursedLoan(kubp.group("640204", 5), 6_000_000, 6, DISBURSED);
    }

    private JsonObject on(long loan, LocalDate date) {
        ApiClient.Answer answer = kubp.loan(loan, date);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    @Test
    void aLoanGoesFromApplicationToPaidOff() {
        long group = kubp.group("640204", 5);
        long loan = kubp.apply(group, 6_000_000, 6, DISBURSED, DISBURSED.plusMonths(1)).json().getJsonNumber("id").longValue();
        assertThat(kubp.finance.get("api/kubp/loans/" + loan).json().getString("status")).isEqualTo("APPLIED");

        assertThat(kubp.supervisor.post("api/kubp/loans/" + loan + "/approval", "").json().getString("status"))
                .isEqualTo("APPROVED");
        JsonObject disbursed = kubp.finance.post("api/kubp/loans/" + loan + "/disbursement",
                "{\"date\":\"2024-01-10\",\"channel\":\"CASH\"}").json();
        assertThat(disbursed.getString("status")).isEqualTo("DISBURSED");
        assertThat(disbursed.getJsonNumber("outstandingPrincipal").longValue()).isEqualTo(6_000_000);

        kubp.repaid(loan, 2_500_000, LocalDate.of(2024, 3, 1));
        assertThat(on(loan, LocalDate.of(2024, 3, 1)).getString("status")).isEqualTo("ACTIVE");
        kubp.repaid(loan, 3_500_000, LocalDate.of(2024, 7, 10));

        JsonObject paidOff = on(loan, LocalDate.of(2024, 7, 10));
        assertThat(paidOff.getString("status")).isEqualTo("PAID_OFF");
        assertThat(paidOff.getJsonNumber("outstandingPrincipal").longValue()).isZero();
        assertThat(paidOff.getJsonArray("repayments")).hasSize(2);
    }

    @Test
    void paymentsGoToTheOldestInstallmentAndArrearsAndDaysPastDueFollowOnAnyPastDate() {
        long loan = sixMonthLoan();
        kubp.repaid(loan, 1_500_000, LocalDate.of(2024, 2, 9));

        JsonObject early = on(loan, LocalDate.of(2024, 3, 10));
        assertThat(early.getJsonArray("schedule").getJsonObject(0).getJsonNumber("paid").longValue()).isEqualTo(1_000_000);
        assertThat(early.getJsonArray("schedule").getJsonObject(1).getJsonNumber("paid").longValue()).isEqualTo(500_000);
        assertThat(early.getJsonNumber("daysPastDue").longValue()).isZero(); // second installment due that day

        JsonObject later = on(loan, LocalDate.of(2024, 4, 15));
        assertThat(later.getJsonNumber("arrearsAmount").longValue()).isEqualTo(1_500_000); // rest of 2nd, all of 3rd
        assertThat(later.getJsonNumber("daysPastDue").longValue()).isEqualTo(36); // since 10 March
        assertThat(later.getString("agingBucket")).isEqualTo("DPD_31_60");
        assertThat(later.getJsonArray("schedule").getJsonObject(1).getString("status")).isEqualTo("OVERDUE");

        JsonObject muchLater = on(loan, LocalDate.of(2024, 9, 1));
        assertThat(muchLater.getJsonNumber("daysPastDue").longValue()).isEqualTo(175);
        assertThat(muchLater.getString("agingBucket")).isEqualTo("DPD_OVER_90");
        assertThat(muchLater.getJsonNumber("outstandingPrincipal").longValue()).isEqualTo(4_500_000);

        JsonObject beforeDisbursement = on(loan, LocalDate.of(2024, 1, 9));
        assertThat(beforeDisbursement.getString("status")).isEqualTo("APPROVED");
        assertThat(beforeDisbursement.getJsonNumber("outstandingPrincipal").longValue()).isZero();
    }

    @Test
    void aReversalTakesEffectFromThePaymentsValueDateAndKeepsBothEntries() {
        long loan = sixMonthLoan();
        long wrong = kubp.repaid(loan, 2_000_000, LocalDate.of(2024, 2, 10));
        assertThat(on(loan, LocalDate.of(2024, 3, 20)).getJsonNumber("daysPastDue").longValue()).isZero();

        ApiClient.Answer reversal = kubp.finance.post("api/kubp/repayments/" + wrong + "/reversal",
                "{\"reason\":\"Kuitansi tercatat dua kali\"}");
        assertThat(reversal.status()).as(reversal.toString()).isEqualTo(201);
        assertThat(reversal.json().getString("reversedBy")).isEqualTo("keuangan");

        JsonObject march = on(loan, LocalDate.of(2024, 3, 20));
        assertThat(march.getJsonNumber("daysPastDue").longValue()).isEqualTo(39); // since 10 February
        assertThat(march.getJsonNumber("outstandingPrincipal").longValue()).isEqualTo(6_000_000);
        JsonObject entry = march.getJsonArray("repayments").getJsonObject(0);
        assertThat(entry.getBoolean("reversed")).isTrue();
        assertThat(entry.getJsonObject("reversal").getString("reason")).isEqualTo("Kuitansi tercatat dua kali");

        assertThat(kubp.finance.post("api/kubp/repayments/" + wrong + "/reversal", "{\"reason\":\"lagi\"}").status())
                .isEqualTo(409);
    }

    @Test
    void reversingThePaymentThatPaidTheLoanOffMakesItActiveAgain() {
        long loan = sixMonthLoan();
        long all = kubp.repaid(loan, 6_000_000, LocalDate.of(2024, 2, 1));
        assertThat(on(loan, LocalDate.of(2024, 2, 1)).getString("currentStatus")).isEqualTo("PAID_OFF");
        assertThat(kubp.repay(loan, 1, LocalDate.of(2024, 2, 2)).status()).isEqualTo(409);

        kubp.finance.post("api/kubp/repayments/" + all + "/reversal", "{\"reason\":\"Salah pinjaman\"}");

        assertThat(on(loan, LocalDate.of(2024, 2, 1)).getString("currentStatus")).isEqualTo("ACTIVE");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyReturnsTheFirstRepaymentAndPostsNothing() {
        long loan = sixMonthLoan();
        String body = KubpApi.repaymentJson(1_000_000, LocalDate.of(2024, 2, 10), KubpApi.receipt());
        String key = "retry-" + System.nanoTime();

        ApiClient.Answer first = kubp.finance.send(kubp.finance.request("api/kubp/loans/" + loan + "/repayments")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));
        ApiClient.Answer retry = kubp.finance.send(kubp.finance.request("api/kubp/loans/" + loan + "/repayments")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(on(loan, LocalDate.of(2024, 3, 1)).getJsonArray("repayments")).hasSize(1);

        ApiClient.Answer otherPayment = kubp.finance.send(kubp.finance.request("api/kubp/loans/" + loan + "/repayments")
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.replace("1000000", "2000000"))));
        assertThat(otherPayment.status()).isEqualTo(409);
    }

    @Test
    void withoutAKeyEveryPostIsANewPaymentButAReceiptNumberIsUsedOnce() {
        long loan = sixMonthLoan();
        kubp.repaid(loan, 100_000, LocalDate.of(2024, 2, 10));
        kubp.repaid(loan, 100_000, LocalDate.of(2024, 2, 10));
        assertThat(on(loan, LocalDate.of(2024, 3, 1)).getJsonArray("repayments")).hasSize(2);

        String body = KubpApi.repaymentJson(100_000, LocalDate.of(2024, 2, 10), KubpApi.receipt());
        assertThat(kubp.finance.post("api/kubp/loans/" + loan + "/repayments", body).status()).isEqualTo(201);
        ApiClient.Answer again = kubp.finance.post("api/kubp/loans/" + loan + "/repayments", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Receipt number");
    }

    @Test
    void aPaymentBeyondTheOutstandingBalanceIsRefused() {
        long loan = sixMonthLoan();
        kubp.repaid(loan, 5_000_000, LocalDate.of(2024, 2, 10));

        ApiClient.Answer answer = kubp.repay(loan, 1_000_001, LocalDate.of(2024, 3, 10));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("amount");
        assertThat(kubp.repay(loan, 1_000_000, LocalDate.of(2024, 3, 10)).status()).isEqualTo(201);
    }

    @Test
    void stateConflictsAre409() {
        long group = kubp.group("640204", 5);
        long loan = kubp.apply(group, 6_000_000, 6, DISBURSED, DISBURSED.plusMonths(1)).json().getJsonNumber("id").longValue();
        assertThat(kubp.repay(loan, 1_000, LocalDate.of(2024, 2, 1)).status()).isEqualTo(409);
        assertThat(kubp.finance.post("api/kubp/loans/" + loan + "/disbursement",
                "{\"date\":\"2024-01-10\",\"channel\":\"CASH\"}").status()).isEqualTo(409);
        assertThat(kubp.supervisor.post("api/kubp/loans/" + loan + "/approval", "").status()).isEqualTo(200);
        assertThat(kubp.supervisor.post("api/kubp/loans/" + loan + "/approval", "").status()).isEqualTo(409);
    }

    @Test
    void badInputIs400NamingTheField() {
        long loan = sixMonthLoan();
        assertField(kubp.repay(loan, 0, LocalDate.of(2024, 2, 1)), "amount");
        assertField(kubp.repay(loan, 1_000, LocalDate.of(2023, 12, 31)), "valueDate");
        assertField(kubp.finance.post("api/kubp/loans/" + loan + "/repayments",
                "{\"amount\":1000,\"valueDate\":\"2024-02-01\",\"channel\":\"GOLD\",\"receiptNo\":\"X-1\"}"), "channel");
        assertField(kubp.finance.post("api/kubp/loans/" + loan + "/repayments",
                "{\"amount\":1000,\"valueDate\":\"2024-02-01\",\"channel\":\"CASH\"}"), "receiptNo");
        assertField(kubp.finance.get("api/kubp/loans/" + loan + "?asOf=kemarin"), "asOf");
        assertField(kubp.officer.post("api/kubp/loans", "{\"groupId\":1,\"principal\":1000000,\"installments\":6,"
                + "\"disbursementDate\":\"2025-02-01\",\"firstDueDate\":\"2025-01-01\",\"purpose\":\"x\"}"), "firstDueDate");
    }

    @Test
    void unknownIdsAre404() {
        assertThat(kubp.finance.get("api/kubp/loans/999999").status()).isEqualTo(404);
        assertThat(kubp.supervisor.post("api/kubp/loans/999999/approval", "").status()).isEqualTo(404);
        assertThat(kubp.repay(999999, 1_000, LocalDate.of(2024, 2, 1)).status()).isEqualTo(404);
        assertThat(kubp.finance.post("api/kubp/repayments/999999/reversal", "{\"reason\":\"x\"}").status()).isEqualTo(404);
        assertThat(kubp.finance.get("api/kubp/groups/999999").status()).isEqualTo(404);
        assertThat(kubp.apply(999999, 1_000_000, 6, DISBURSED, DISBURSED.plusMonths(1)).status()).isEqualTo(404);
    }

    @Test
    void aWrittenOffLoanLeavesTheBooksAndTakesNoMorePayments() {
        long loan = sixMonthLoan();
        ApiClient.Answer answer = kubp.supervisor.post("api/kubp/loans/" + loan + "/write-off",
                "{\"date\":\"2024-12-31\",\"reason\":\"Kelompok bubar\"}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().getString("currentStatus")).isEqualTo("WRITTEN_OFF");
        assertThat(on(loan, LocalDate.of(2024, 12, 30)).getString("status")).isEqualTo("DISBURSED");
        assertThat(kubp.repay(loan, 1_000, LocalDate.of(2025, 1, 2)).status()).isEqualTo(409);
    }

    private static void assertField(ApiClient.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
    }
}
