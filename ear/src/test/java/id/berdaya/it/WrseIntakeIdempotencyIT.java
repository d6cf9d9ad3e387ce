package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recording a WRSE application with an Idempotency-Key (issue 22, the field app's retries): the
 * same key again answers with the first application and records nothing; the key for another
 * applicant is a conflict; a bad key is a 400 naming it; a conflict reads in Indonesian when asked.
 */
@ExtendWith(ArquillianExtension.class)
class WrseIntakeIdempotencyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient.Answer record(ApiClient officer, String json, String key, String language) {
        HttpRequest.Builder request = officer.request("api/wrse/applications").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return officer.send(request);
    }

    @Test
    void aRetryWithTheSameKeyAnswersWithTheFirstApplicationAndRecordsNothing() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        WrseApplicants applicant = WrseApplicants.eligible();
        String key = "field-" + System.nanoTime();

        ApiClient.Answer first = record(officer, applicant.json(), key, null);
        ApiClient.Answer again = record(officer, applicant.json(), key, null);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().getJsonNumber("id")).isEqualTo(first.json().getJsonNumber("id"));
        assertThat(officer.get("api/wrse/applicants/" + applicant.nik() + "/applications").jsonArray()).hasSize(1);
    }

    @Test
    void theSameKeyForAnotherApplicantIsAConflictAndABadKeyIsRefused() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        String key = "field-" + System.nanoTime();
        assertThat(record(officer, WrseApplicants.eligible().json(), key, null).status()).isEqualTo(201);
        WrseApplicants other = WrseApplicants.eligible();

        ApiClient.Answer conflict = record(officer, other.json(), key, null);

        assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
        assertThat(conflict.json().getString("message")).contains("Idempotency-Key");
        assertThat(officer.get("api/wrse/applicants/" + other.nik() + "/applications").jsonArray()).isEmpty();
        ApiClient.Answer bad = record(officer, other.json(), "no spaces allowed", null);
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.body()).contains("Idempotency-Key");
    }

    @Test
    void aSecondOpenApplicationIsRefusedInIndonesianWhenAskedFor() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        WrseApplicants applicant = WrseApplicants.eligible();
        assertThat(record(officer, applicant.json(), null, null).status()).isEqualTo(201);

        ApiClient.Answer indonesian = record(officer, applicant.json(), "field-" + System.nanoTime(), "id");
        ApiClient.Answer english = record(officer, applicant.json(), null, null);

        assertThat(indonesian.status()).isEqualTo(409);
        assertThat(indonesian.json().getString("message")).contains("sudah memiliki permohonan terbuka");
        assertThat(english.status()).isEqualTo(409);
        assertThat(english.json().getString("message")).contains("already has an open application");
    }

    @Test
    void fieldChecksComeBackInIndonesianWhenAskedForAndNothingIsRecorded() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        WrseApplicants applicant = WrseApplicants.eligible();
        String broken = applicant.json().replace("\"" + applicant.nik() + "\"", "\"6402\"")
                .replaceFirst("\"regencyCode\":\"\\d{4}\"", "\"regencyCode\":\"64\"")
                .replace("\"priorWrseAidYear\":null", "\"priorWrseAidYear\":1990");

        ApiClient.Answer indonesian = record(officer, broken, null, "id");
        ApiClient.Answer english = record(officer, broken, null, null);
        ApiClient.Answer notANumber = record(officer, applicant.json().replace("\"priorWrseAidYear\":null",
                "\"priorWrseAidYear\":\"dua ribu\""), null, "id");

        assertThat(indonesian.status()).as(indonesian.toString()).isEqualTo(400);
        assertThat(indonesian.body()).contains("\"field\":\"nik\",\"message\":\"harus tepat 16 angka\"")
                .contains("harus kode kabupaten/kota 4 angka").contains("harus lebih dari atau sama dengan 2000")
                .doesNotContain("must be");
        assertThat(english.body()).contains("\"field\":\"nik\",\"message\":\"must be exactly 16 digits\"");
        assertThat(notANumber.status()).as(notANumber.toString()).isEqualTo(400);
        assertThat(notANumber.body()).contains("\"field\":\"priorWrseAidYear\",\"message\":\"harus bilangan bulat\"");
        assertThat(officer.get("api/wrse/applicants/" + applicant.nik() + "/applications").jsonArray()).isEmpty();
    }
}
