package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
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
 * The documents over the REST API against the demo data, read back with PDFBox: what they say,
 * the 409s, the roles, the same number when fetched again, the QR's verification page, batch printing.
 */
@ExtendWith(ArquillianExtension.class)
class ReportApiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern NUMBER = Pattern.compile("Nomor : (\\S+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void statementOfAnActiveLoanShowsTheGroupAndKeepsItsNumberWhenFetchedAgain() throws Exception {
        JsonObject loan = loans("ACTIVE").get(0);
        String path = "api/reports/kubp/loans/" + loan.getInt("id") + "/statement.pdf?asOf=" + today();

        Pdf first = pdf("keuangan", path);
        Pdf again = pdf("keuangan", path);

        assertThat(first.text()).contains("LAPORAN ANGSURAN PINJAMAN MODAL USAHA KUBP", loan.getString("groupName"),
                "Jadwal angsuran", "Riwayat pembayaran", "Sisa pinjaman", "Halaman 1 dari");
        assertThat(first.number()).matches("500/\\d{4}/REK-KUBP/\\d{4}").isEqualTo(again.number());
    }

    @Test
    void warningLetterOnlyForLoansMoreThanThirtyDaysPastDue() throws Exception {
        List<JsonObject> active = loans("ACTIVE");
        JsonObject late = active.stream().filter(l -> l.getInt("daysPastDue") > 30).findFirst().orElseThrow();
        JsonObject current = active.stream().filter(l -> l.getInt("daysPastDue") <= 30).findFirst().orElseThrow();

        Pdf warning = pdf("keuangan", "api/reports/kubp/loans/" + late.getInt("id") + "/warning-letter.pdf");
        assertThat(warning.text()).contains("SURAT PERINGATAN", late.getString("groupName"), "Jumlah tunggakan",
                "paling lambat tanggal");
        assertThat(warning.number()).contains("/SP-KUBP/");

        assertThat(status("keuangan", "api/reports/kubp/loans/" + current.getInt("id") + "/warning-letter.pdf"))
                .isEqualTo(409);
    }

    @Test
    void payoffCertificateOnlyForPaidOffLoans() throws Exception {
        JsonObject paidOff = loans("PAID_OFF").get(0);
        Pdf certificate = pdf("keuangan", "api/reports/kubp/loans/" + paidOff.getInt("id") + "/payoff-certificate.pdf");
        assertThat(certificate.text()).contains("SURAT KETERANGAN LUNAS", paidOff.getString("groupName"), "MELUNASI",
                "rupiah)");

        int active = loans("ACTIVE").get(0).getInt("id");
        assertThat(status("keuangan", "api/reports/kubp/loans/" + active + "/payoff-certificate.pdf")).isEqualTo(409);
        assertThat(status("keuangan", "api/reports/kubp/loans/999999/payoff-certificate.pdf")).isEqualTo(404);
    }

    @Test
    void approvalLetterAndPortfolio() throws Exception {
        JsonObject loan = loans("ACTIVE").get(0);
        Pdf approval = pdf("petugas", "api/reports/kubp/loans/" + loan.getInt("id") + "/approval-letter.pdf");
        assertThat(approval.text()).contains("Persetujuan Pinjaman Modal Usaha KUBP", "DISETUJUI",
                loan.getString("groupName"), "0 % (tanpa bunga", "tanpa agunan", "Jadwal angsuran", "Ketua");

        Pdf portfolio = pdf("keuangan", "api/reports/kubp/portfolio.pdf?asOf=" + today());
        assertThat(portfolio.text()).contains("LAPORAN PORTOFOLIO PINJAMAN KUBP PER KECAMATAN", "Tenggarong",
                "Jumlah", "PAR30");
    }

    @Test
    void wrseLettersFollowTheApplicationsState() throws Exception {
        // The demo data's first delivery (Rp 3,000,000 of goods): other tests deliver packages of other values.
        JsonObject delivered = applications("AID_DELIVERED").stream()
                .min(java.util.Comparator.comparingInt(a -> a.getInt("id"))).orElseThrow();
        int id = delivered.getInt("id");

        Pdf handover = pdf("petugas", "api/reports/wrse/applications/" + id + "/handover-minutes.pdf");
        assertThat(handover.text()).contains("BERITA ACARA SERAH TERIMA BARANG", delivered.getString("fullName"),
                "PIHAK PERTAMA", "PIHAK KEDUA", "Rp 3.000.000 (tiga juta rupiah)", "Saksi-saksi");
        Pdf decision = pdf("petugas", "api/reports/wrse/applications/" + id + "/decision-letter.pdf");
        assertThat(decision.text()).contains("MEMENUHI SYARAT", delivered.getString("fullName"), "tiga juta rupiah");
        assertThat(decision.number()).matches("400\\.9/\\d{4}/DINSOS/\\d{4}");

        JsonObject submitted = applications("SUBMITTED").get(0);
        assertThat(status("petugas", "api/reports/wrse/applications/" + submitted.getInt("id") + "/handover-minutes.pdf"))
                .isEqualTo(409);

        Pdf list = pdf("petugas", "api/reports/wrse/regencies/" + delivered.getString("regencyCode")
                + "/proposal-list.pdf?year=" + delivered.getInt("programmeYear"));
        assertThat(list.text()).contains("DAFTAR USULAN CALON PENERIMA", "Jumlah calon penerima", "Jumlah nilai bantuan");
    }

    @Test
    void beneficiarySummaryCountsTheWomenOfBothProgrammes() throws Exception {
        int year = applications("AID_DELIVERED").get(0).getInt("programmeYear");
        Pdf summary = pdf("penyelia", "api/reports/beneficiaries.pdf?year=" + year);
        assertThat(summary.text()).contains("REKAPITULASI PEREMPUAN PENERIMA MANFAAT", "TAHUN " + year,
                "Jumlah seluruhnya");
        // Dated on its as-of date, the last day of that year: numbered in that year's series.
        assertThat(summary.number()).matches("400/\\d{4}/PUG/" + year);
    }

    @Test
    void ineligibleDecisionLetterGivesTheStoredReasons() throws Exception {
        JsonObject ineligible = applicationsWithDecision("INELIGIBLE").get(0);
        Pdf letter = pdf("petugas", "api/reports/wrse/applications/" + ineligible.getInt("id") + "/decision-letter.pdf");
        assertThat(letter.text()).contains("TIDAK MEMENUHI SYARAT", "dengan alasan sebagai berikut", "1.");
    }

    @Test
    void theQrCodesPageVerifiesTheLetterWithoutLogin() throws Exception {
        JsonObject loan = loans("ACTIVE").get(0);
        Pdf statement = pdf("keuangan", "api/reports/kubp/loans/" + loan.getInt("id") + "/statement.pdf?asOf=" + today());
        Matcher code = Pattern.compile("verify/([0-9A-Z]{20})").matcher(statement.text().replace(" ", ""));
        assertThat(code.find()).isTrue();

        ApiClient.Answer page = ApiClient.anonymous(app).get("verify/" + code.group(1));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Surat terdaftar", statement.number(), "Laporan angsuran pinjaman KUBP");
    }

    @Test
    void documentsNeedAStaffRoleThatPrintsThem() throws Exception {
        int loan = loans("ACTIVE").get(0).getInt("id");
        assertThat(status(null, "api/reports/kubp/loans/" + loan + "/statement.pdf")).isEqualTo(401);
        assertThat(status("admin", "api/reports/kubp/loans/" + loan + "/statement.pdf")).isEqualTo(403);
        assertThat(status("keuangan", "api/reports/wrse/applications/1/decision-letter.pdf")).isEqualTo(403);
    }

    @Test
    void batchPrintingRunsInTheBackgroundAndGivesOneMergedPdfOrAZip() throws Exception {
        ApiClient finance = ApiClient.demo(app, "keuangan");
        ApiClient.Answer started = finance.post("api/reports/kubp/statement-batches", "{\"format\":\"PDF\"}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject done = await(finance, started.json().getString("id"));
        assertThat(done.getString("state")).isEqualTo("DONE");
        int total = done.getInt("total");
        assertThat(total).isPositive();
        assertThat(done.getInt("done")).isEqualTo(total);
        Pdf merged = pdf("keuangan", "api/reports/kubp/statement-batches/" + done.getString("id") + "/file");
        assertThat(merged.pages()).isGreaterThanOrEqualTo(total);
        assertThat(merged.text()).contains("LAPORAN ANGSURAN PINJAMAN MODAL USAHA KUBP");

        JsonObject district = loans("ACTIVE").get(0);
        ApiClient.Answer zipStarted = finance.post("api/reports/kubp/statement-batches",
                "{\"format\":\"ZIP\",\"districtCode\":\"" + district.getString("districtCode") + "\"}");
        JsonObject zipDone = await(finance, zipStarted.json().getString("id"));
        assertThat(zipDone.getString("state")).isEqualTo("DONE");
        assertThat(zipEntries(bytes("keuangan", "api/reports/kubp/statement-batches/" + zipDone.getString("id") + "/file")))
                .isEqualTo(zipDone.getInt("total"));
    }

    /** Waits until the batch has ended (done or failed), as the page's poll does. */
    private JsonObject await(ApiClient client, String id) {
        return RegistryFiles.awaitJson(client, "api/reports/kubp/statement-batches/" + id,
                batch -> !batch.getString("state").equals("RUNNING"));
    }

    private List<JsonObject> loans(String status) {
        return ApiClient.demo(app, "keuangan").get("api/kubp/loans?status=" + status).jsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private List<JsonObject> applications(String status) {
        return ApiClient.demo(app, "petugas").get("api/wrse/applications?size=100&status=" + status).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    private List<JsonObject> applicationsWithDecision(String decision) {
        return applications("SUBMITTED").stream()
                .filter(a -> decision.equals(a.isNull("currentDecision") ? null : a.getString("currentDecision")))
                .toList();
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Makassar")).toString();
    }

    private int status(String user, String path) throws Exception {
        return send(user, path).statusCode();
    }

    private byte[] bytes(String user, String path) throws Exception {
        HttpResponse<byte[]> response = send(user, path);
        assertThat(response.statusCode()).as(path + ": " + new String(response.body())).isEqualTo(200);
        return response.body();
    }

    private Pdf pdf(String user, String path) throws Exception {
        byte[] body = bytes(user, path);
        try (PDDocument document = Loader.loadPDF(body)) {
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
            return new Pdf(text, document.getNumberOfPages());
        }
    }

    private HttpResponse<byte[]> send(String user, String path) throws IOException, InterruptedException {
        ApiClient client = user == null ? ApiClient.anonymous(app) : ApiClient.demo(app, user);
        return HTTP.send(client.request(path).setHeader("Accept", "application/pdf, application/zip, */*").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static int zipEntries(byte[] zip) throws IOException {
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                entries++;
            }
        }
        return entries;
    }

    private record Pdf(String text, int pages) {
        String number() {
            Matcher m = NUMBER.matcher(text);
            return m.find() ? m.group(1) : "(no number)";
        }
    }
}
