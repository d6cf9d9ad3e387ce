package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
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
 * Issue 17 point 1: the offices that issue letters are data an administrator keeps. A new signatory
 * and tembusan are printed on the next letter, a letter issued before keeps what it printed, each bad
 * value is a 400 naming its field with nothing saved, and only administrators may change them. The
 * test puts the shipped demo values back at the end, for the tests that read letters after it.
 */
@ExtendWith(ArquillianExtension.class)
class OfficeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient admin() {
        return ApiClient.demo(app, "admin");
    }

    @Test
    void aNewSignatoryIsPrintedOnTheNextLetterAndTheIssuedOneKeepsItsOwn() throws Exception {
        JsonObject shipped = admin().get("api/admin/offices/kubp").json();
        assertThat(shipped.getBoolean("demo")).isTrue();
        assertThat(admin().get("api/admin/offices").jsonArray().stream().map(o -> o.asJsonObject().getString("prefix")).toList())
                .contains("gender", "kubp", "wrse", "wrse.regency");
        KubpApi kubp = new KubpApi(app);
        long before = approvedLoan(kubp);
        String issuedBefore = pdfText("api/reports/kubp/loans/" + before + "/approval-letter.pdf");
        assertThat(issuedBefore).contains(shipped.getString("signatoryName"));
        try {
            ApiClient.Answer saved = admin().put("api/admin/offices/kubp", body(shipped, Map.of(
                    "signatoryName", "Dra. Hj. Rusdiana Pratiwi, M.M.", "signatoryRank", "Pembina Utama Muda (IV/c)",
                    "signatoryNip", "197001011995032003",
                    "copies", "approval=Bupati Kutai Kartanegara (sebagai laporan) | Inspektorat Kabupaten Kutai Kartanegara\n"
                            + "warning=Camat {place}")).build().toString());
            assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
            assertThat(saved.json().getBoolean("demo")).isFalse();
            assertThat(saved.json().getString("updatedBy")).isEqualTo("admin");

            long after = approvedLoan(kubp);
            String issuedAfter = pdfText("api/reports/kubp/loans/" + after + "/approval-letter.pdf");
            assertThat(issuedAfter).contains("Dra. Hj. Rusdiana Pratiwi, M.M.", "Pembina Utama Muda (IV/c)", "NIP. 19700101 199503 2 003",
                    "Inspektorat Kabupaten Kutai Kartanegara").doesNotContain(shipped.getString("signatoryName"));
            assertThat(pdfText("api/reports/kubp/loans/" + before + "/approval-letter.pdf"))
                    .as("a letter issued before the change is frozen").isEqualTo(issuedBefore);
        } finally {
            JsonObject now = admin().get("api/admin/offices/kubp").json();
            ApiClient.Answer restored = admin().put("api/admin/offices/kubp", body(shipped, Map.of())
                    .add("version", now.getJsonNumber("version").longValue()).build().toString());
            assertThat(restored.status()).as(restored.toString()).isEqualTo(200);
        }
    }

    @Test
    void badValuesAreA400NamingTheFieldAndSaveNothing() {
        JsonObject office = admin().get("api/admin/offices/gender").json();
        List<Map.Entry<String, String>> bads = List.of(Map.entry("government", " "), Map.entry("postcode", "7511"),
                Map.entry("phone", "0541; DROP TABLE"), Map.entry("email", "dinsos@"), Map.entry("website", "javascript:alert(1)"),
                Map.entry("signatoryNip", "19720614"), Map.entry("signatoryName", "Hj. Nurhayati\u0007"),
                Map.entry("copies", "tembusan tanpa jenis surat"), Map.entry("signatoryPosition", "a\nb\nc\nd\ne"));
        for (Map.Entry<String, String> bad : bads) {
            ApiClient.Answer answer = admin().put("api/admin/offices/gender",
                    body(office, Map.of(bad.getKey(), bad.getValue())).build().toString());
            assertThat(answer.status()).as(bad + " → " + answer).isEqualTo(400);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(answer.toString())
                    .isEqualTo(bad.getKey());
        }
        assertThat(admin().get("api/admin/offices/gender").json()).isEqualTo(office);

        ApiClient.Answer stale = admin().put("api/admin/offices/gender", body(office, Map.of())
                .add("version", office.getJsonNumber("version").longValue() - 1).build().toString());
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(ApiClient.demo(app, "penyelia").get("api/admin/offices").status()).isEqualTo(403);
        assertThat(ApiClient.demo(app, "penyelia").put("api/admin/offices/gender", body(office, Map.of()).build().toString()).status())
                .isEqualTo(403);
        assertThat(admin().get("api/admin/offices/nope").status()).isEqualTo(404);
    }

    @Test
    void anEmblemIsAnImageOfSensibleSize() throws Exception {
        JsonObject office = admin().get("api/admin/offices/wrse.regency").json();
        long version = office.getJsonNumber("version").longValue();
        assertThat(emblem(version, "image/png", "not an image".getBytes()).statusCode()).isEqualTo(400);
        assertThat(emblem(version, "image/png", png(8)).statusCode()).as("too small to print").isEqualTo(400);
        HttpResponse<String> stored = emblem(version, "image/png", png(120));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(200);
        assertThat(stored.body()).contains("\"emblem\":true");
    }

    private HttpResponse<String> emblem(long version, String type, byte[] image) throws Exception {
        return HTTP.send(admin().request("api/admin/offices/wrse.regency/emblem?version=" + version).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(image)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] png(int side) throws Exception {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * The office as read, with some values changed, ready to PUT. The shipped demo telephone
     * ("(0541) 000000 (demo)") is not a telephone number: an administrator saving an office gives a real one.
     */
    private static JsonObjectBuilder body(JsonObject office, Map<String, String> changes) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("version", office.getJsonNumber("version").longValue());
        for (String field : List.of("government", "office", "street", "postcode", "phone", "email", "website", "place",
                "signatoryPosition", "signatoryName", "signatoryRank", "signatoryNip", "copies")) {
            String value = changes.containsKey(field) ? changes.get(field)
                    : field.equals("phone") ? "(0541) 736701"
                    : office.isNull(field) ? null : office.getString(field);
            if (value == null) {
                body.addNull(field);
            } else {
                body.add(field, value);
            }
        }
        return body;
    }

    private long approvedLoan(KubpApi kubp) {
        return kubp.disbursedLoan(kubp.group("640211", 5), 5_000_000, 6, LocalDate.of(2025, 2, 3));
    }

    private String pdfText(String path) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(ApiClient.demo(app, "petugas").request(path)
                .setHeader("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
