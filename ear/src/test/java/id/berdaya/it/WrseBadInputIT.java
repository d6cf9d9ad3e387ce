package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each bad input the issue lists is a 400 whose JSON names the field, never a 500; screening and recording alike. */
@ExtendWith(ArquillianExtension.class)
class WrseBadInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    /** Posts to both endpoints that take an applicant and expects a 400 naming the field from each. */
    private void refused(String json, String field) {
        for (String path : List.of("api/wrse/screenings", "api/wrse/applications")) {
            ApiClient.Answer answer = ApiClient.demo(app, "petugas").post(path, json);
            assertThat(answer.status()).as(path + " " + answer).isEqualTo(400);
            JsonObject error = answer.json();
            assertThat(error.getJsonArray("errors")).as(answer.toString()).isNotEmpty();
            assertThat(error.getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                    .as(answer.toString()).contains(field);
            error.getJsonArray("errors").forEach(e -> assertThat(e.asJsonObject().getString("message")).isNotBlank());
        }
    }

    @Test
    void nikOfFifteenDigits() {
        refused(WrseApplicants.eligible().set("nik", "640205450785001").json(), "nik");
    }

    @Test
    void nikWithLetters() {
        refused(WrseApplicants.eligible().set("nik", "64020545078500AB").json(), "nik");
    }

    @Test
    void nikDatePartDisagreeingWithTheBirthDate() {
        WrseApplicants applicant = WrseApplicants.eligible();
        refused(applicant.set("birthDate", applicant.birthDate().plusDays(1).toString()).json(), "nik");
    }

    @Test
    void nikOfAWomanWithoutTheFortyAddedToHerDay() {
        WrseApplicants applicant = WrseApplicants.eligible();
        String nik = applicant.nik();
        String withoutForty = nik.substring(0, 6) + String.format("%02d", Integer.parseInt(nik.substring(6, 8)) - 40)
                + nik.substring(8);
        refused(applicant.set("nik", withoutForty).json(), "nik");
        refused(WrseApplicants.eligible().set("sex", "M").json(), "nik");
    }

    @Test
    void kkNumberNotSixteenDigits() {
        refused(WrseApplicants.eligible().set("kkNumber", "64020512031500").json(), "kkNumber");
    }

    @Test
    void birthDateInTheFuture() {
        refused(WrseApplicants.eligible().set("birthDate", WrseApplicants.today().plusDays(1).toString()).json(), "birthDate");
    }

    @Test
    void birthDateAfterTheApplicationDate() {
        // Both dates within the programme's bounds (issue 15), so that only their order is wrong.
        WrseApplicants applicant = WrseApplicants.eligible().set("birthDate", WrseApplicants.today().toString())
                .set("applicationDate", WrseApplicants.today().minusDays(1).toString());
        refused(applicant.json(), "birthDate");
    }

    @Test
    void unknownEnumValues() {
        refused(WrseApplicants.eligible().set("maritalStatus", "SINGLE").json(), "maritalStatus");
        refused(WrseApplicants.eligible().set("sex", "X").json(), "sex");
    }

    @Test
    void unknownCodes() {
        refused(WrseApplicants.eligible().set("businessField", "MINING").json(), "businessField");
        refused(WrseApplicants.eligible().registries("DTKS", "SUSENAS").json(), "registries[1].name");
        refused(WrseApplicants.eligible().aid("BANSOS").json(), "currentAid[0]");
    }

    @Test
    void decileOutOfRangeOrForARegistryWithoutDeciles() {
        refused(WrseApplicants.eligible().registries("DTKS", "P3KE:11").json(), "registries[1].decile");
        refused(WrseApplicants.eligible().registries("DTKS:2", "P3KE:1").json(), "registries[0].decile");
    }

    @Test
    void districtNotOfTheRegency() {
        refused(WrseApplicants.eligible().set("districtCode", "640299").json(), "districtCode");
        refused(WrseApplicants.eligible().set("regencyCode", "64021").json(), "regencyCode");
    }

    @Test
    void missingRequiredFields() {
        for (String field : List.of("nik", "kkNumber", "fullName", "sex", "birthDate", "maritalStatus", "regencyCode",
                "hasBusiness", "mainBreadwinner", "priorSkillsTraining")) {
            refused(WrseApplicants.eligible().without(field).json(), field);
        }
    }

    @Test
    void malformedJson() {
        refused("{\"nik\": \"6402054507850001\", ", "body");
        refused("not json at all", "body");
        refused("", "body");
    }

    @Test
    void wrongJsonTypesAndDates() {
        refused(WrseApplicants.eligible().set("birthDate", "05-07-1985").json(), "birthDate");
        refused(WrseApplicants.eligible().set("hasBusiness", "perhaps").json(), "hasBusiness");
        refused(WrseApplicants.eligible().set("registries", JsonValue.TRUE).json(), "registries");
    }

    @Test
    void unknownField() {
        refused(WrseApplicants.eligible().set("salary", 1000000).json(), "salary");
    }

    @Test
    void absurdlyLongStrings() {
        String long1 = "A".repeat(100_000);
        refused(WrseApplicants.eligible().set("fullName", long1).json(), "fullName");
        refused(WrseApplicants.eligible().set("village", long1).json(), "village");
        refused(WrseApplicants.eligible().set("businessDescription", long1).json(), "businessDescription");
        refused(WrseApplicants.eligible().set("nik", "6".repeat(100_000)).json(), "nik");
    }

    @Test
    void badStepBodiesNameTheirFields() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        long id = officer.post("api/wrse/applications", WrseApplicants.eligible().json()).json().getJsonNumber("id").longValue();
        ApiClient supervisor = ApiClient.demo(app, "penyelia");

        assertField(supervisor.post("api/wrse/applications/" + id + "/rejection", "{\"reason\": \"\"}"), "reason");
        assertField(supervisor.post("api/wrse/applications/" + id + "/review", "{\"decision\": \"MAYBE\", \"justification\": \"x\"}"),
                "decision");
        assertField(officer.post("api/wrse/applications/" + id + "/training", "{\"attendedOn\": \"2026-02-30\"}"), "attendedOn");
        assertField(officer.post("api/wrse/applications/" + id + "/aid-delivery", "{\"items\": [], \"handoverDate\": \"2026-01-01\"}"),
                "items");
        assertField(officer.get("api/wrse/applications?status=OPEN"), "status");
        assertField(officer.get("api/wrse/applications?year=soon"), "year");
        assertField(supervisor.put("api/wrse/regencies/6402/quotas/2026", "{\"recipients\": -1, \"budget\": 0}"), "recipients");
    }

    private static void assertField(ApiClient.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .as(answer.toString()).contains(field);
    }
}
