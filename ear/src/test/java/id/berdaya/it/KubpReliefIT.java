package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rescheduling and disaster relief over HTTP, holding the ledger's invariants: the new schedule
 * still sums to the principal, payments stay, and the figures of any date before the revision took
 * effect are exactly what they were.
 */
@ExtendWith(ArquillianExtension.class)
class KubpReliefIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Makassar"));
    private static final LocalDate DISBURSED = TODAY.minusMonths(4).withDayOfMonth(5);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private static String figures(JsonObject loan) {
        return loan.getJsonNumber("outstandingPrincipal") + "/" + loan.getJsonNumber("arrearsAmount") + "/"
                + loan.getJsonNumber("daysPastDue") + "/" + loan.getString("status");
    }

    private static long scheduleTotal(List<JsonObject> lines) {
        return lines.stream().mapToLong(l -> l.getJsonNumber("amount").longValue()).sum();
    }

    @Test
    void anApprovedReschedulingKeepsPaymentsSumsToThePrincipalAndLeavesPastFiguresAlone() {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.disbursedLoan(kubp.group("640218", 6), 6_000_000, 6, DISBURSED);
        kubp.repaid(loan, 1_000_000, DISBURSED.plusMonths(1));
        LocalDate past = TODAY.minusDays(10);
        String pastBefore = figures(kubp.loan(loan, past).json());
        String path = "api/kubp/loans/" + loan + "/reschedulings";

        ApiClient.Answer shorter = kubp.officer.post(path, "{\"tenor\":1,\"firstDueDate\":\"" + TODAY.plusMonths(1)
                + "\",\"reason\":\"Usaha kue sepi\"}");
        assertThat(shorter.status()).as(shorter.toString()).isEqualTo(400);
        assertThat(shorter.body()).contains("tenor", "already paid");
        ApiClient.Answer proposed = kubp.officer.post(path, "{\"tenor\":12,\"firstDueDate\":\"" + TODAY.plusMonths(1)
                + "\",\"reason\":\"Usaha kue sepi\"}");
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(201);
        long revision = proposed.json().getJsonNumber("id").longValue();
        List<JsonObject> lines = proposed.json().getJsonArray("proposed").getValuesAs(JsonObject.class);
        assertThat(lines).hasSize(12);
        assertThat(scheduleTotal(lines)).isEqualTo(6_000_000);
        assertThat(lines.get(0).getString("dueDate")).isEqualTo(DISBURSED.plusMonths(1).toString()); // paid, kept

        assertThat(kubp.officer.post(path + "/" + revision + "/approval", "").status()).isEqualTo(403);
        ApiClient.Answer approved = kubp.supervisor.post(path + "/" + revision + "/approval", "");
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        JsonObject now = kubp.loan(loan, TODAY).json();
        assertThat(now.getJsonNumber("outstandingPrincipal").longValue()).isEqualTo(5_000_000);
        assertThat(now.getJsonNumber("arrearsAmount").longValue()).isZero();
        assertThat(now.getJsonNumber("daysPastDue").longValue()).isZero();
        assertThat(kubp.finance.get("api/kubp/loans/" + loan + "/repayments").jsonArray()).hasSize(1);
        assertThat(figures(kubp.loan(loan, past).json())).isEqualTo(pastBefore);
        JsonObject history = kubp.finance.get(path).jsonArray().getJsonObject(0);
        assertThat(history.getString("status")).isEqualTo("APPROVED");
        assertThat(history.getJsonArray("replaced")).hasSize(6);
        assertThat(history.getString("decidedBy")).isEqualTo("penyelia");
    }

    @Test
    void aDisasterForTwoVillagesRelievesTheirLoansInOneJobWithALetterEachAndPastFiguresStay() throws Exception {
        KubpApi kubp = new KubpApi(app);
        String districtA = "640220";
        String villageA = "Desa Banjir " + System.nanoTime() % 100_000;
        String villageB = "Desa Genangan " + System.nanoTime() % 100_000;
        long inA = kubp.disbursedLoan(group(kubp, districtA, villageA), 6_000_000, 6, DISBURSED);
        long inB = kubp.disbursedLoan(group(kubp, districtA, villageB), 6_000_000, 6, DISBURSED);
        long dry = kubp.disbursedLoan(group(kubp, districtA, "Desa Kering"), 6_000_000, 6, DISBURSED);
        LocalDate start = TODAY.minusMonths(1).withDayOfMonth(1);
        String pastA = figures(kubp.loan(inA, TODAY.minusDays(3)).json());
        String dryBefore = figures(kubp.loan(dry, TODAY).json());

        ApiClient.Answer future = kubp.supervisor.post("api/kubp/disasters", declaration(districtA, villageA, villageB,
                TODAY.plusDays(1)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("startDate");
        ApiClient.Answer noArea = kubp.supervisor.post("api/kubp/disasters", "{\"type\":\"FLOOD\",\"areas\":[],"
                + "\"startDate\":\"" + start + "\",\"moratoriumMonths\":3,\"decreeNumber\":\"360/01/BPBD\"}");
        assertThat(noArea.status()).isEqualTo(400);
        assertThat(noArea.body()).contains("areas");
        assertThat(kubp.officer.post("api/kubp/disasters", declaration(districtA, villageA, villageB, start)).status())
                .isEqualTo(403);

        ApiClient.Answer declared = kubp.supervisor.post("api/kubp/disasters",
                declaration(districtA, villageA, villageB, start));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        long disaster = declared.json().getJsonNumber("id").longValue();
        assertThat(declared.json().getInt("affectedLoans")).isEqualTo(2);
        assertThat(declared.json().getJsonArray("letters")).hasSize(2);
        assertThat(declared.json().getJsonArray("letters").getJsonObject(0).getString("number")).contains("/BENCANA-KUBP/");

        List<JsonObject> relieved = kubp.finance.get("api/kubp/disasters/" + disaster + "/loans").jsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(relieved.stream().map(r -> r.getJsonNumber("loanId").longValue()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(inA, inB);
        JsonObject revision = relieved.get(0).getJsonObject("revision");
        List<JsonObject> newSchedule = revision.getJsonArray("proposed").getValuesAs(JsonObject.class);
        List<JsonObject> oldSchedule = revision.getJsonArray("replaced").getValuesAs(JsonObject.class);
        assertThat(scheduleTotal(newSchedule)).isEqualTo(scheduleTotal(oldSchedule)).isEqualTo(6_000_000);
        assertThat(LocalDate.parse(newSchedule.get(5).getString("dueDate")))
                .isEqualTo(LocalDate.parse(oldSchedule.get(5).getString("dueDate")).plusMonths(3));
        assertThat(newSchedule.get(0).getString("dueDate")).isEqualTo(oldSchedule.get(0).getString("dueDate"));

        assertThat(figures(kubp.loan(inA, TODAY.minusDays(3)).json())).isEqualTo(pastA);
        assertThat(figures(kubp.loan(dry, TODAY).json())).isEqualTo(dryBefore);
        JsonObject portfolio = kubp.finance.get("api/kubp/disasters/" + disaster + "/portfolio?asOf=" + TODAY).json();
        assertThat(portfolio.getInt("affectedLoans")).isEqualTo(2);
        assertThat(portfolio.getJsonNumber("affectedOutstanding").longValue()).isEqualTo(12_000_000);
        // Installments due before the disaster's start stay in arrears; none since then are owed.
        assertThat(portfolio.getJsonNumber("arrearsBeforeDisaster").longValue()).isPositive();
        assertThat(portfolio.getJsonNumber("arrearsSinceDisaster").longValue()).isZero();
        assertThat(new BigDecimal(portfolio.get("par30WithoutAffected").toString()).scale()).isGreaterThanOrEqualTo(4);

        long groupOfA = relieved.stream().filter(r -> r.getJsonNumber("loanId").longValue() == inA).findFirst()
                .orElseThrow().getJsonNumber("groupId").longValue();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(ApiClient.demo(app, "keuangan")
                .request("api/kubp/disasters/" + disaster + "/letters/" + groupOfA + ".pdf")
                .setHeader("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains(
                    "PEMBERITAHUAN KERINGANAN ANGSURAN KARENA BENCANA", "BENCANA-KUBP", villageA, "360/77/BPBD/2026",
                    "penundaan angsuran selama 3 bulan");
        }
    }

    private static long group(KubpApi kubp, String district, String village) {
        ApiClient.Answer created = kubp.officer.post("api/kubp/groups",
                KubpApi.groupJson(district, KubpApi.women(5)).replace("Desa Uji", village));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().getJsonNumber("id").longValue();
    }

    private static String declaration(String district, String villageA, String villageB, LocalDate start) {
        return "{\"type\":\"FLOOD\",\"description\":\"Banjir sungai Mahakam\",\"areas\":[{\"districtCode\":\"" + district
                + "\",\"village\":\"" + villageA + "\"},{\"districtCode\":\"" + district + "\",\"village\":\""
                + villageB + "\"}],\"startDate\":\"" + start + "\",\"moratoriumMonths\":3,"
                + "\"decreeNumber\":\"360/77/BPBD/2026\"}";
    }
}
