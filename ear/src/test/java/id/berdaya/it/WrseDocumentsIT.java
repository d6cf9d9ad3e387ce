package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The document checklist: paper ticked as received, scans checked by their bytes and size, missing ones listed. */
@ExtendWith(ArquillianExtension.class)
class WrseDocumentsIT {

    private static final byte[] PDF = "%PDF-1.4 surat permohonan".getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient.Answer upload(long id, String kind, String contentType, byte[] content) {
        ApiClient officer = ApiClient.demo(app, "petugas");
        return officer.send(officer.request("api/wrse/applications/" + id + "/documents/" + kind + "/scan?fileName=surat.pdf")
                .header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    @Test
    void aMissingDocumentDoesNotBlockSubmissionAndIsListedUntilReceived() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        long id = officer.post("api/wrse/applications", WrseApplicants.eligible().json()).json().getJsonNumber("id").longValue();
        JsonObject submitted = officer.post("api/wrse/applications/" + id + "/submission", "").json();
        assertThat(submitted.getJsonArray("missingDocuments")).hasSize(3);

        ApiClient.Answer ticked = officer.put("api/wrse/applications/" + id + "/documents/KK_COPY", "{\"received\": true}");
        assertThat(ticked.status()).isEqualTo(200);
        ApiClient.Answer uploaded = upload(id, "APPLICATION_LETTER", "application/pdf", PDF);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);

        assertThat(uploaded.json().getJsonArray("missingDocuments").stream().map(v -> v.toString()))
                .containsExactly("\"KTP_COPY\"");
        ApiClient.Answer download = ApiClient.demo(app, "penyelia")
                .send(ApiClient.demo(app, "penyelia").request("api/wrse/applications/" + id + "/documents/APPLICATION_LETTER/scan").GET());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.body()).startsWith("%PDF-1.4");
    }

    @Test
    void aScanMustReallyBeAPdfJpegOrPngOfAtMostFiveMegabytes() {
        long id = ApiClient.demo(app, "petugas").post("api/wrse/applications", WrseApplicants.eligible().json()).json()
                .getJsonNumber("id").longValue();

        ApiClient.Answer disguised = upload(id, "KTP_COPY", "application/pdf", "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(disguised.status()).isEqualTo(400);
        assertThat(disguised.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");

        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
        ApiClient.Answer tooBig = upload(id, "KTP_COPY", "application/pdf", big);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body()).contains("5 MB");

        assertThat(upload(id, "PASSPORT", "application/pdf", PDF).status()).isEqualTo(400);
        assertThat(upload(id, "KTP_COPY", "text/plain", PDF).status()).isEqualTo(415);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertThat(upload(id, "KTP_COPY", "image/png", png).status()).isEqualTo(200);
    }

    @Test
    void onlyLoanOfficersChangeTheChecklist() {
        long id = ApiClient.demo(app, "petugas").post("api/wrse/applications", WrseApplicants.eligible().json()).json()
                .getJsonNumber("id").longValue();
        assertThat(ApiClient.demo(app, "kebijakan").put("api/wrse/applications/" + id + "/documents/KK_COPY",
                "{\"received\": true}").status()).isEqualTo(403);
    }
}
