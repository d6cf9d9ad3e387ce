package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Letters as a records officer archives them, over the API: no letter of a day to come, warnings in
 * their sequence SP-1 → SP-2 → SP-3 each citing the one before, the same bytes on every fetch (their
 * hash on the public page), and a QR address that a forged Host header cannot change.
 */
@ExtendWith(ArquillianExtension.class)
class LetterArchiveIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** As arquillian.xml configures berdaya.public.url for the test server. */
    private static final String PUBLIC_URL = "https://berdaya.example.go.id/berdaya/verify/";
    private static final Pattern NUMBER = Pattern.compile("Nomor : (\\S+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void aDateOrYearToComeIsRefusedForEveryDocument() {
        String tomorrow = today().plusDays(1).toString();
        int nextYear = today().getYear() + 1;
        long loan = loans("ACTIVE").get(0).getInt("id");
        List<String> paths = List.of(
                "api/reports/kubp/loans/" + loan + "/statement.pdf?asOf=" + tomorrow,
                "api/reports/kubp/loans/" + loan + "/warning-letter.pdf?asOf=2027-06-01",
                "api/reports/kubp/loans/" + loan + "/warning-letter.pdf?asOf=" + tomorrow,
                "api/reports/kubp/portfolio.pdf?asOf=" + tomorrow);
        for (String path : paths) {
            ApiClient.Answer answer = document(ApiClient.demo(app, "keuangan"), path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(path).isEqualTo("asOf");
        }
        for (String path : List.of("api/reports/beneficiaries.pdf?year=" + nextYear,
                "api/reports/wrse/regencies/6402/proposal-list.pdf?year=" + nextYear)) {
            ApiClient.Answer answer = document(ApiClient.demo(app, "penyelia"), path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(path).isEqualTo("year");
        }
    }

    @Test
    void warningsGoSp1ThenSp2ThenSp3EachCitingTheOneBeforeAndAskingAgainGivesTheSameLetter() throws Exception {
        // A demo loan 150 days behind; the one with the highest id, which the other tests leave alone.
        JsonObject loan = loans("ACTIVE").stream().filter(l -> l.getInt("daysPastDue") > 140)
                .max(Comparator.comparingInt(l -> l.getInt("id"))).orElseThrow();
        String base = "api/reports/kubp/loans/" + loan.getInt("id") + "/warning-letter.pdf?asOf=";

        Pdf first = pdf("keuangan", base + today().minusDays(60));
        Pdf firstAgain = pdf("keuangan", base + today().minusDays(55));
        Pdf second = pdf("keuangan", base + today().minusDays(30));
        Pdf third = pdf("keuangan", base + today());
        Pdf thirdAgain = pdf("keuangan", base + today());

        assertThat(first.text()).contains("SURAT PERINGATAN PERTAMA (SP-1)").doesNotContain("Menindaklanjuti");
        assertThat(firstAgain.bytes()).as("within SP-1's deadline: SP-1 again").isEqualTo(first.bytes());
        assertThat(second.text()).contains("SURAT PERINGATAN KEDUA (SP-2)",
                "Menindaklanjuti surat peringatan kami Nomor " + first.number() + " tanggal " + longDate(today().minusDays(60)));
        assertThat(third.text()).contains("SURAT PERINGATAN KETIGA (SP-3)",
                "Menindaklanjuti surat peringatan kami Nomor " + second.number() + " tanggal " + longDate(today().minusDays(30)));
        assertThat(List.of(first.number(), second.number(), third.number())).doesNotHaveDuplicates();
        assertThat(thirdAgain.number()).isEqualTo(third.number());
        assertThat(thirdAgain.bytes()).isEqualTo(third.bytes());

        ApiClient.Answer page = ApiClient.anonymous(app).get("verify/" + third.code());
        assertThat(page.body()).contains("SP-3", longDate(today()), third.number());
    }

    @Test
    void aLoanFirstWarnedWhenFarBehindGetsSp1NotSp3() throws Exception {
        JsonObject loan = loans("ACTIVE").stream().filter(l -> l.getInt("daysPastDue") > 140)
                .min(Comparator.comparingInt(l -> l.getInt("id"))).orElseThrow();

        Pdf warning = pdf("keuangan", "api/reports/kubp/loans/" + loan.getInt("id") + "/warning-letter.pdf?asOf=" + today());

        assertThat(warning.text()).contains("(SP-1)").doesNotContain("SP-3", "ketiga dan terakhir");
    }

    @Test
    void aWrittenOffLoanHasNoWarningAndItsStatementSaysDihapusbukukan() throws Exception {
        JsonObject loan = loans("WRITTEN_OFF").get(0);
        String base = "api/reports/kubp/loans/" + loan.getInt("id");

        ApiClient.Answer warning = document(ApiClient.demo(app, "keuangan"), base + "/warning-letter.pdf?asOf=" + today());
        Pdf statement = pdf("keuangan", base + "/statement.pdf?asOf=" + today());

        assertThat(warning.status()).isEqualTo(409);
        assertThat(warning.body()).contains("2023-06-30").doesNotContain("30 days", "30 hari");
        assertThat(statement.text()).contains("Dihapusbukukan pada 30 Juni 2023 sebesar Rp ");
    }

    @Test
    void aLetterFetchedAgainIsTheSameFileAndThePublicPageShowsItsHash() throws Exception {
        JsonObject loan = loans("ACTIVE").get(0);
        String path = "api/reports/kubp/loans/" + loan.getInt("id") + "/statement.pdf?asOf=" + today().minusDays(3);

        Pdf first = pdf("keuangan", path);
        Pdf again = pdf("penyelia", path);

        assertThat(again.bytes()).isEqualTo(first.bytes());
        ApiClient.Answer page = ApiClient.anonymous(app).get("verify/" + first.code());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(first.number(),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first.bytes())));
    }

    @Test
    void theQrAddressComesFromConfigurationNotFromAForgedHostHeader() throws Exception {
        JsonObject loan = loans("ACTIVE").get(1);
        String path = app.getPath() + "api/reports/kubp/loans/" + loan.getInt("id") + "/statement.pdf?asOf="
                + today().minusDays(1);

        byte[] body = rawGet(path, "evil.example.com");

        String text = text(body).replace(" ", "");
        assertThat(text).contains(PUBLIC_URL).doesNotContain("evil.example");
    }

    /** GET over a plain socket: the JDK's HTTP client will not send a Host header of one's choosing. */
    private byte[] rawGet(String path, String host) throws Exception {
        String auth = Base64.getEncoder().encodeToString("keuangan:demo".getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(app.getHost(), app.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Basic " + auth
                    + "\r\nAccept: application/pdf\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] response = in.readAllBytes();
            String head = new String(response, 0, Math.min(response.length, 2000), StandardCharsets.ISO_8859_1);
            assertThat(head).startsWith("HTTP/1.1 200");
            int bodyStart = head.indexOf("\r\n\r\n") + 4;
            byte[] rest = java.util.Arrays.copyOfRange(response, bodyStart, response.length);
            return head.toLowerCase().contains("transfer-encoding: chunked") ? unchunk(rest) : rest;
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (true) {
            int lineEnd = i;
            while (chunked[lineEnd] != '\r') {
                lineEnd++;
            }
            int size = Integer.parseInt(new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(chunked, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
    }

    private List<JsonObject> loans(String status) {
        return ApiClient.demo(app, "keuangan").get("api/kubp/loans?status=" + status).jsonArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Makassar"));
    }

    private static String longDate(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("id-ID")));
    }

    /** Asks for a document as a browser or the field app does: the PDF, or the error body instead. */
    private static ApiClient.Answer document(ApiClient client, String path) {
        return client.send(client.request(path).setHeader("Accept", "application/pdf, application/json").GET());
    }

    private Pdf pdf(String user, String path) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(ApiClient.demo(app, user).request(path)
                .setHeader("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + ": " + new String(response.body())).isEqualTo(200);
        return new Pdf(response.body(), text(response.body()));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    private record Pdf(byte[] bytes, String text) {
        String number() {
            Matcher m = NUMBER.matcher(text);
            return m.find() ? m.group(1) : "(no number)";
        }

        String code() {
            Matcher m = Pattern.compile("verify/([0-9A-Z]{20})").matcher(text.replace(" ", ""));
            return m.find() ? m.group(1) : "(no code)";
        }
    }
}
