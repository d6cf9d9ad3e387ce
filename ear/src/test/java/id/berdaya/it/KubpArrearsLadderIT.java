package id.berdaya.it;

import static id.berdaya.it.RuleSetApi.lockVersion;
import static id.berdaya.it.RuleSetApi.number;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 part 5: the arrears ladder is three rows of the KUBP parameter table. A published change
 * of it regrades the loans' aging buckets and the portfolio's PAR at once, and a rollback by two
 * people restores them; interest, penalty interest and fees above zero are refused on their row.
 * Loans dated 2016, a year no demo loan and no other test touches.
 */
@ExtendWith(ArquillianExtension.class)
class KubpArrearsLadderIT {

    private static final LocalDate DISBURSED = LocalDate.of(2016, 1, 10);
    private static final LocalDate AS_OF = LocalDate.of(2016, 6, 15);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void aPublishedLadderRegradesBucketsAndParAndARollbackRestoresThem() throws InterruptedException {
        KubpApi kubp = new KubpApi(app);
        // 10 x 1,000,000 from 10 Feb 2016, one paid: 97 days past due on 15 June 2016 (from 10 March).
        long loan = kubp.disbursedLoan(kubp.group("640218", 5), 10_000_000, 10, DISBURSED);
        kubp.repaid(loan, 1_000_000, LocalDate.of(2016, 2, 10));
        assertThat(kubp.loan(loan, AS_OF).json().getJsonNumber("daysPastDue").longValue()).isEqualTo(97);
        assertThat(kubp.loan(loan, AS_OF).json().getString("agingBucket")).isEqualTo("DPD_OVER_90");
        assertThat(par(kubp, "par90")).isEqualTo("1.0000");

        // The shipped test cases still pass (a loan that went 120 days past due still bars a repeat loan).
        RuleSetApi officer = RuleSetApi.kubp(app, "kebijakan");
        int original = officer.inForce();
        JsonObject draft = officer.newDraft("Tangga tunggakan 45/75/100 hari");
        int n = number(draft);
        String csv = officer.getCsv("/versions/" + n + "/parameters").body();
        assertThat(officer.putCsv("/drafts/" + n + "/parameters?lockVersion=" + lockVersion(draft), csv
                .replace("ARREARS_STEP_1_DAYS,30,", "ARREARS_STEP_1_DAYS,45,")
                .replace("ARREARS_STEP_2_DAYS,60,", "ARREARS_STEP_2_DAYS,75,")
                .replace("ARREARS_STEP_3_DAYS,90,", "ARREARS_STEP_3_DAYS,100,")).status()).isEqualTo(200);
        RuleSetApi supervisor = RuleSetApi.kubp(app, "penyelia");
        ApiClient.Answer approval = supervisor.post("/versions/" + n + "/approval",
                RuleSetApi.approval(lockVersion(officer.get("/versions/" + n).json())));
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        try {
            waitUntilInForce(officer, n);

            assertThat(kubp.loan(loan, AS_OF).json().getString("agingBucket")).isEqualTo("DPD_76_100");
            assertThat(par(kubp, "par30")).as("beyond 45 days").isEqualTo("1.0000");
            assertThat(par(kubp, "par90")).as("beyond 100 days now").isEqualTo("0.0000");
        } finally {
            ApiClient.Answer rollback = officer.rollBack(original, "Kembali ke tangga 30/60/90 hari");
            assertThat(rollback.status()).as(rollback.toString()).isEqualTo(200);
        }
        waitUntilInForce(officer, original);
        assertThat(kubp.loan(loan, AS_OF).json().getString("agingBucket")).isEqualTo("DPD_OVER_90");
        assertThat(par(kubp, "par90")).isEqualTo("1.0000");
    }

    @Test
    void interestAboveZeroIsRefusedOnItsRowAndNothingIsSaved() {
        RuleSetApi officer = RuleSetApi.kubp(app, "kebijakan");
        JsonObject draft = officer.newDraft("Bunga 6 persen");
        int n = number(draft);
        String csv = officer.getCsv("/versions/" + n + "/parameters").body();

        ApiClient.Answer refused = officer.putCsv("/drafts/" + n + "/parameters?lockVersion=" + lockVersion(draft),
                csv.replace("INTEREST_RATE_PERCENT,0,", "INTEREST_RATE_PERCENT,6,"));

        assertThat(refused.status()).as(refused.toString()).isBetween(400, 422);
        assertThat(refused.body()).contains("INTEREST_RATE_PERCENT", "interest-free");
        assertThat(officer.getCsv("/versions/" + n + "/parameters").body()).contains("INTEREST_RATE_PERCENT,0,");
        assertThat(officer.delete("/drafts/" + n + "?lockVersion=" + lockVersion(officer.get("/drafts/" + n).json())).status())
                .isEqualTo(204);
    }

    private static String par(KubpApi kubp, String field) {
        JsonObject portfolio = kubp.supervisor.get("api/kubp/portfolio?asOf=" + AS_OF).json();
        JsonObject district = portfolio.getJsonArray("districts").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("districtCode").equals("640218")).findFirst().orElseThrow();
        return district.getJsonNumber(field).bigDecimalValue().toPlainString();
    }

    private static void waitUntilInForce(RuleSetApi api, int number) throws InterruptedException {
        long start = System.currentTimeMillis();
        while (api.inForce() != number) {
            if (System.currentTimeMillis() - start > 15_000) {
                throw new AssertionError("version " + number + " not in force after 15 s");
            }
            Thread.sleep(100);
        }
    }
}
