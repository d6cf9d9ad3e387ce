package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
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
 * DPD and PAR per district on a past date, recomputed from the ledger. The loans are dated 2015,
 * a year no demo loan and no other test touches, so the figures can be checked exactly.
 */
@ExtendWith(ArquillianExtension.class)
class KubpPortfolioIT {

    private static final LocalDate DISBURSED = LocalDate.of(2015, 1, 10);
    private static final LocalDate AS_OF = LocalDate.of(2015, 6, 15);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private static JsonObject district(JsonObject portfolio, String code) {
        return portfolio.getJsonArray("districts").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("districtCode").equals(code)).findFirst().orElseThrow();
    }

    private static String decimal(JsonObject line, String field) {
        return line.getJsonNumber(field).bigDecimalValue().toPlainString();
    }

    @Test
    void parAndDaysPastDueOnAPastDateFollowTheLedgerAndChangeWithAReversal() {
        KubpApi kubp = new KubpApi(app);
        // A: 10 x 1,000,000 from 10 Feb, one paid: 97 days past due on 15 June.
        long a = kubp.disbursedLoan(kubp.group("640209", 5), 10_000_000, 10, DISBURSED);
        kubp.repaid(a, 1_000_000, LocalDate.of(2015, 2, 10));
        // B: 10 x 500,000, paid on time.
        long b = kubp.disbursedLoan(kubp.group("640210", 5), 5_000_000, 10, DISBURSED);
        for (int month = 2; month <= 6; month++) {
            kubp.repaid(b, 500_000, LocalDate.of(2015, month, 10));
        }
        // C: 6 x 1,000,000, two paid: 66 days past due on 15 June.
        long c = kubp.disbursedLoan(kubp.group("640209", 5), 6_000_000, 6, DISBURSED);
        kubp.repaid(c, 1_000_000, LocalDate.of(2015, 2, 10));
        long cMarch = kubp.repaid(c, 1_000_000, LocalDate.of(2015, 3, 10));

        JsonObject loanA = kubp.loan(a, AS_OF).json();
        assertThat(loanA.getJsonNumber("daysPastDue").longValue()).isEqualTo(97);
        assertThat(loanA.getString("agingBucket")).isEqualTo("DPD_OVER_90");
        assertThat(loanA.getJsonNumber("arrearsAmount").longValue()).isEqualTo(4_000_000);
        assertThat(kubp.loan(a, LocalDate.of(2015, 3, 11)).json().getString("agingBucket")).isEqualTo("DPD_1_30");
        assertThat(kubp.loan(c, AS_OF).json().getString("agingBucket")).isEqualTo("DPD_61_90");

        ApiClient.Answer answer = kubp.supervisor.get("api/kubp/portfolio?asOf=" + AS_OF);
        assertThat(answer.status()).isEqualTo(200);
        JsonObject portfolio = answer.json();
        JsonObject total = portfolio.getJsonObject("total");
        assertThat(total.getJsonNumber("activeLoans").longValue()).isEqualTo(3);
        assertThat(total.getJsonNumber("outstandingPrincipal").longValue()).isEqualTo(15_500_000);
        assertThat(decimal(total, "par30")).isEqualTo("0.8387"); // 13.0 of 15.5 million
        assertThat(decimal(total, "par90")).isEqualTo("0.5806"); // 9.0 of 15.5 million
        JsonObject kenohan = district(portfolio, "640209");
        assertThat(kenohan.getString("name")).isEqualTo("Kenohan");
        assertThat(decimal(kenohan, "par30")).isEqualTo("1.0000");
        assertThat(decimal(kenohan, "par90")).isEqualTo("0.6923");
        assertThat(decimal(district(portfolio, "640210"), "par30")).isEqualTo("0.0000");

        kubp.finance.post("api/kubp/repayments/" + cMarch + "/reversal", "{\"reason\":\"Salah kelompok\"}");

        JsonObject after = kubp.supervisor.get("api/kubp/portfolio?asOf=" + AS_OF).json().getJsonObject("total");
        assertThat(after.getJsonNumber("outstandingPrincipal").longValue()).isEqualTo(16_500_000);
        assertThat(decimal(after, "par90")).isEqualTo("0.8485"); // C is now 97 days late too

        JsonArray arrears = kubp.supervisor.get("api/kubp/portfolio/districts/640209/arrears?asOf=" + AS_OF).jsonArray();
        assertThat(arrears).hasSize(2);
        assertThat(arrears.getJsonObject(0).getJsonNumber("daysPastDue").longValue()).isEqualTo(97);
    }

    @Test
    void everyDistrictHasALineWithItsNameZerosIncluded() {
        JsonObject portfolio = ApiClient.demo(app, "kebijakan").get("api/kubp/portfolio?asOf=2010-01-01").json();

        JsonArray districts = portfolio.getJsonArray("districts");
        assertThat(districts).hasSize(20);
        assertThat(districts.getJsonObject(0).getString("districtCode")).isEqualTo("640201");
        assertThat(districts.getJsonObject(18).getString("name")).isEqualTo("Kota Bangun Darat");
        assertThat(districts.getJsonObject(19).getString("name")).isEqualTo("Samboja Barat");
        assertThat(districts).allSatisfy(d -> {
            assertThat(d.asJsonObject().getJsonNumber("outstandingPrincipal").longValue()).isZero();
            assertThat(decimal(d.asJsonObject(), "par30")).isEqualTo("0.0000");
        });
        assertThat(portfolio.getJsonObject("total").getJsonNumber("activeLoans").longValue()).isZero();
    }

    @Test
    void theDemoPortfolioHasGroupsInEveryDistrictAndLoansInEveryAgingBucketToday() {
        JsonObject portfolio = ApiClient.demo(app, "penyelia").get("api/kubp/portfolio").json();
        assertThat(portfolio.getJsonArray("districts")).allSatisfy(
                d -> assertThat(d.asJsonObject().getJsonNumber("groups").longValue()).isPositive());

        JsonArray loans = ApiClient.demo(app, "penyelia").get("api/kubp/loans?status=ACTIVE&status=DISBURSED").jsonArray();
        assertThat(loans.stream().map(l -> l.asJsonObject().getString("agingBucket")).distinct())
                .contains("CURRENT", "DPD_1_30", "DPD_31_60", "DPD_61_90", "DPD_OVER_90");
        JsonArray closed = ApiClient.demo(app, "penyelia").get("api/kubp/loans?status=WRITTEN_OFF&status=PAID_OFF").jsonArray();
        assertThat(closed.stream().map(l -> l.asJsonObject().getString("status")).distinct())
                .contains("WRITTEN_OFF", "PAID_OFF");
    }
}
