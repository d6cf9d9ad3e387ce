package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
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
 * Collection sheets over HTTP, holding the ledger's invariants: a sheet shows each loan's arrears,
 * installment due and days past due on the meeting date; posting it moves exactly the entered
 * amounts into the loans' ledgers, all rows or none; a sheet sent again posts nothing twice; and
 * figures for dates before the meeting never change.
 */
@ExtendWith(ArquillianExtension.class)
class KubpCollectionSheetIT {

    private static final String DISTRICT = "640212";
    private static final LocalDate DISBURSED = LocalDate.of(2025, 1, 10);
    private static final LocalDate MEETING = LocalDate.of(2025, 4, 10);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private JsonObject openSheet(KubpApi kubp, LocalDate meeting) {
        ApiClient.Answer opened = kubp.officer.post("api/kubp/collection-sheets",
                "{\"districtCode\":\"" + DISTRICT + "\",\"meetingDate\":\"" + meeting + "\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.header("Location")).contains("/api/kubp/collection-sheets/");
        return opened.json();
    }

    private static JsonObject rowOf(JsonObject sheet, long loanId) {
        return sheet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("loanId").longValue() == loanId).findFirst().orElseThrow();
    }

    private static String row(long loanId, String key, long amount, String receipt, int attendance) {
        return String.format("{\"loanId\":%d,\"key\":\"%s\",\"amount\":%d,%s\"attendance\":%d}", loanId, key, amount,
                receipt == null ? "" : "\"receiptNo\":\"" + receipt + "\",", attendance);
    }

    private static String rows(String... rows) {
        return "{\"rows\":[" + String.join(",", rows) + "]}";
    }

    private static long repayments(KubpApi kubp, long loan) {
        return kubp.finance.get("api/kubp/loans/" + loan + "/repayments").jsonArray().size();
    }

    @Test
    void aSheetShowsEachLoansArrearsInstallmentDueAndDaysPastDueOnTheMeetingDate() {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.disbursedLoan(kubp.group(DISTRICT, 6), 6_000_000, 6, DISBURSED);
        kubp.repaid(loan, 500_000, LocalDate.of(2025, 2, 10));

        JsonObject row = rowOf(openSheet(kubp, MEETING), loan);

        // Due 10 Feb and 10 Mar (1,000,000 each), 500,000 paid: 1,500,000 in arrears, 59 days since 10 Feb.
        assertThat(row.getJsonNumber("arrears").longValue()).isEqualTo(1_500_000);
        assertThat(row.getJsonNumber("installmentDue").longValue()).isEqualTo(1_000_000); // 10 April
        assertThat(row.getJsonNumber("toCollect").longValue()).isEqualTo(2_500_000);
        assertThat(row.getJsonNumber("daysPastDue").longValue()).isEqualTo(59);
        assertThat(row.getJsonNumber("outstanding").longValue()).isEqualTo(5_500_000);
        assertThat(row.getInt("memberCount")).isEqualTo(6);
        assertThat(row.getBoolean("posted")).isFalse();
    }

    @Test
    void postingMovesExactlyTheEnteredAmountsAndASecondSubmissionPostsNothingTwice() {
        KubpApi kubp = new KubpApi(app);
        long paying = kubp.disbursedLoan(kubp.group(DISTRICT, 5), 6_000_000, 6, DISBURSED);
        long absent = kubp.disbursedLoan(kubp.group(DISTRICT, 5), 5_000_000, 10, DISBURSED);
        JsonObject before = kubp.loan(paying, LocalDate.of(2025, 3, 20)).json();
        long sheet = openSheet(kubp, MEETING).getJsonNumber("id").longValue();
        String receipt = KubpApi.receipt();
        String body = rows(row(paying, "dev-1-a", 3_000_000, receipt, 5), row(absent, "dev-1-b", 0, null, 0));

        ApiClient.Answer first = kubp.finance.post("api/kubp/collection-sheets/" + sheet + "/postings", body);
        ApiClient.Answer again = kubp.finance.post("api/kubp/collection-sheets/" + sheet + "/postings", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getInt("posted")).isEqualTo(2);
        long repaymentId = first.json().getJsonArray("rows").getJsonObject(0).getJsonNumber("repaymentId").longValue();
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().getInt("posted")).isZero();
        assertThat(again.json().getJsonArray("rows").getJsonObject(0).getJsonNumber("repaymentId").longValue())
                .isEqualTo(repaymentId);
        assertThat(repayments(kubp, paying)).isEqualTo(1);
        assertThat(repayments(kubp, absent)).isZero();
        JsonObject after = kubp.loan(paying, MEETING).json();
        assertThat(after.getJsonNumber("outstandingPrincipal").longValue()).isEqualTo(3_000_000);
        assertThat(after.getJsonNumber("arrearsAmount").longValue()).isZero(); // Feb, Mar and Apr paid
        // A date before the meeting keeps its figures.
        JsonObject unchanged = kubp.loan(paying, LocalDate.of(2025, 3, 20)).json();
        for (String figure : new String[] {"outstandingPrincipal", "arrearsAmount", "daysPastDue"}) {
            assertThat(unchanged.get(figure)).as(figure).isEqualTo(before.get(figure));
        }
        JsonObject read = kubp.finance.get("api/kubp/collection-sheets/" + sheet).json();
        assertThat(read.getJsonNumber("totalPaid").longValue()).isEqualTo(3_000_000);
        assertThat(rowOf(read, absent).getBoolean("posted")).isTrue();
        assertThat(rowOf(read, absent).getInt("attendance")).isZero();
        assertThat(rowOf(read, paying).getString("key")).isEqualTo("dev-1-a");
    }

    @Test
    void aRowAlreadyPostedWithOtherFiguresOrUnderAnotherKeyIsAConflictNamingIt() {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.disbursedLoan(kubp.group(DISTRICT, 5), 6_000_000, 6, DISBURSED);
        long sheet = openSheet(kubp, MEETING).getJsonNumber("id").longValue();
        String receipt = KubpApi.receipt();
        String path = "api/kubp/collection-sheets/" + sheet + "/postings";
        assertThat(kubp.finance.post(path, rows(row(loan, "k1", 1_000_000, receipt, 5))).status()).isEqualTo(201);

        ApiClient.Answer otherAmount = kubp.finance.post(path, rows(row(loan, "k1", 2_000_000, receipt, 5)));
        ApiClient.Answer otherKey = kubp.finance.post(path, rows(row(loan, "k2", 1_000_000, receipt, 5)));

        assertThat(otherAmount.status()).as(otherAmount.toString()).isEqualTo(409);
        assertThat(otherAmount.body()).contains("rows[0]", "already posted");
        assertThat(otherKey.status()).as(otherKey.toString()).isEqualTo(409);
        assertThat(otherKey.body()).contains("rows[0].key");
        assertThat(repayments(kubp, loan)).isEqualTo(1);
    }

    @Test
    void aRowPayingMoreThanIsOutstandingRefusesTheWholeSheetAndNothingIsPosted() {
        KubpApi kubp = new KubpApi(app);
        long first = kubp.disbursedLoan(kubp.group(DISTRICT, 5), 6_000_000, 6, DISBURSED);
        long second = kubp.disbursedLoan(kubp.group(DISTRICT, 5), 5_000_000, 10, DISBURSED);
        long sheet = openSheet(kubp, MEETING).getJsonNumber("id").longValue();

        ApiClient.Answer answer = kubp.finance.post("api/kubp/collection-sheets/" + sheet + "/postings",
                rows(row(first, "a", 2_000_000, KubpApi.receipt(), 5), row(second, "b", 5_000_001, KubpApi.receipt(), 5)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("rows[1].amount");
        assertThat(repayments(kubp, first)).isZero();
        assertThat(repayments(kubp, second)).isZero();
        assertThat(rowOf(kubp.finance.get("api/kubp/collection-sheets/" + sheet).json(), first).getBoolean("posted"))
                .isFalse();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsOpenedOrPosted() {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.disbursedLoan(kubp.group(DISTRICT, 5), 6_000_000, 6, DISBURSED);
        long sheet = openSheet(kubp, MEETING).getJsonNumber("id").longValue();
        String path = "api/kubp/collection-sheets/" + sheet + "/postings";

        ApiClient.Answer noScope = kubp.officer.post("api/kubp/collection-sheets", "{\"meetingDate\":\"2025-04-10\"}");
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(noScope.body()).contains("districtCode");
        ApiClient.Answer farAhead = kubp.officer.post("api/kubp/collection-sheets",
                "{\"districtCode\":\"" + DISTRICT + "\",\"meetingDate\":\"2030-01-01\"}");
        assertThat(farAhead.status()).isEqualTo(400);
        assertThat(farAhead.body()).contains("meetingDate");
        ApiClient.Answer noReceipt = kubp.finance.post(path, rows(row(loan, "a", 1_000_000, null, 5)));
        assertThat(noReceipt.status()).isEqualTo(400);
        assertThat(noReceipt.body()).contains("rows[0].receiptNo");
        ApiClient.Answer tooMany = kubp.finance.post(path, rows(row(loan, "a", 0, null, 6)));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("rows[0].attendance");
        ApiClient.Answer notOnSheet = kubp.finance.post(path, rows(row(999_999_999L, "a", 1_000, "X", 1)));
        assertThat(notOnSheet.status()).isEqualTo(400);
        assertThat(notOnSheet.body()).contains("rows[0].loanId");
        ApiClient.Answer negative = kubp.finance.post(path, rows(row(loan, "a", -5, "X", 1)));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(kubp.officer.post(path, rows(row(loan, "a", 1_000, KubpApi.receipt(), 1))).status()).isEqualTo(403);
        assertThat(repayments(kubp, loan)).isZero();
    }

    @Test
    void aSheetForAMeetingStillToComeIsPrintedButNotPosted() throws Exception {
        KubpApi kubp = new KubpApi(app);
        long loan = kubp.disbursedLoan(kubp.group(DISTRICT, 5), 6_000_000, 6, DISBURSED);
        LocalDate nextWeek = LocalDate.now(java.time.ZoneId.of("Asia/Makassar")).plusDays(7);
        JsonObject opened = openSheet(kubp, nextWeek);
        long sheet = opened.getJsonNumber("id").longValue();

        ApiClient.Answer early = kubp.finance.post("api/kubp/collection-sheets/" + sheet + "/postings",
                rows(row(loan, "a", 1_000_000, KubpApi.receipt(), 5)));
        assertThat(early.status()).isEqualTo(409);

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(ApiClient.demo(app, "petugas")
                .request("api/kubp/collection-sheets/" + sheet + "/sheet.pdf").setHeader("Accept", "application/pdf")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("LEMBAR PENAGIHAN ANGSURAN KUBP", "Kecamatan", "(#" + loan + ")", "No. kuitansi");
        }
        assertThat(repayments(kubp, loan)).isZero();
    }

    @Test
    void remindersListInstallmentsDueSoonAndArrearsWithTheChairsTelephoneAndAsGatewayCsv() {
        KubpApi kubp = new KubpApi(app);
        java.util.List<String> members = new java.util.ArrayList<>(KubpApi.women(5));
        members.set(0, members.get(0).replace("}", ",\"telephone\":\"0812 9999 0000\"}"));
        long loan = kubp.disbursedLoan(kubp.group(DISTRICT, members), 6_000_000, 6, DISBURSED);

        ApiClient.Answer list = kubp.officer.get("api/kubp/reminders?district=" + DISTRICT + "&date=2025-04-05&days=7");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        java.util.List<JsonObject> mine = list.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("loanId").longValue() == loan).toList();
        assertThat(mine).extracting(r -> r.getString("kind") + " " + r.getString("dueDate") + " "
                + r.getJsonNumber("amount") + " " + r.getJsonNumber("daysPastDue") + " " + r.getString("chairTelephone"))
                .containsExactly("DUE_SOON 2025-04-10 1000000 0 +6281299990000",
                        "IN_ARREARS 2025-02-10 2000000 54 +6281299990000");

        ApiClient.Answer csv = kubp.officer.get("api/kubp/reminders.csv?district=" + DISTRICT + "&date=2025-04-05&days=7");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("phone,chair_name,group_name")
                .contains("6281299990000,Anggota", ",IN_ARREARS,2025-02-10,2000000,54,", "tertunggak Rp 2.000.000 (54 hari)");
        assertThat(kubp.officer.get("api/kubp/reminders?district=64&date=2025-04-05").status()).isEqualTo(400);
    }
}
