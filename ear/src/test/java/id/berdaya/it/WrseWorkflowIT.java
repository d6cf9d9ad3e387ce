package id.berdaya.it;

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

/** The application workflow over HTTP, DRAFT to AID_DELIVERED, with its refusals and its history. */
@ExtendWith(ArquillianExtension.class)
class WrseWorkflowIT {

    private static final String APPLICATIONS = "api/wrse/applications";
    private static final String JUSTIFICATION = "P3KE desil 1 dicek dengan data desa; DTKS menyusul pemutakhiran";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient officer() {
        return ApiClient.demo(app, "petugas");
    }

    private ApiClient supervisor() {
        return ApiClient.demo(app, "penyelia");
    }

    private long record(WrseApplicants applicant) {
        ApiClient.Answer created = officer().post(APPLICATIONS, applicant.json());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("status")).isEqualTo("DRAFT");
        assertThat(created.header("Location")).endsWith("/api/wrse/applications/" + created.json().getJsonNumber("id"));
        return created.json().getJsonNumber("id").longValue();
    }

    /** The officer ticks every document of the checklist as received, as verification needs. */
    private void documentsReceived(long id) {
        for (String kind : new String[] {"APPLICATION_LETTER", "KK_COPY", "KTP_COPY"}) {
            ApiClient.Answer ticked = officer().put(APPLICATIONS + "/" + id + "/documents/" + kind, "{\"received\": true}");
            assertThat(ticked.status()).as(ticked.toString()).isEqualTo(200);
        }
    }

    private JsonObject step(ApiClient who, long id, String step, String body) {
        ApiClient.Answer answer = who.post(APPLICATIONS + "/" + id + "/" + step, body);
        assertThat(answer.status()).as(step + " " + answer).isEqualTo(200);
        return answer.json();
    }

    @Test
    void anEligibleApplicationGoesFromDraftToAidDeliveredAndEveryStepIsRecorded() {
        long id = record(WrseApplicants.eligible());
        JsonObject submitted = step(officer(), id, "submission", "");
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        assertThat(submitted.getString("decision")).isEqualTo("ELIGIBLE");
        assertThat(submitted.getInt("priorityScore")).isEqualTo(75);
        assertThat(submitted.getString("ruleSetVersion")).startsWith("wrse-");
        assertThat(submitted.getJsonArray("criteria")).hasSize(9);
        assertThat(submitted.getJsonArray("missingDocuments")).hasSize(3);

        String today = WrseApplicants.today().toString();
        step(officer(), id, "proposal", "");
        documentsReceived(id);
        step(supervisor(), id, "verification", "");
        step(officer(), id, "training", "{\"attendedOn\": \"" + today + "\"}");
        JsonObject delivered = step(officer(), id, "aid-delivery",
                "{\"items\": [\"Mesin jahit portabel\", \"Kain 10 meter\"], \"handoverDate\": \"" + today + "\"}");

        assertThat(delivered.getString("status")).isEqualTo("AID_DELIVERED");
        assertThat(delivered.getJsonObject("aidDelivery").getInt("value")).isEqualTo(3_000_000);
        JsonObject record = officer().get(APPLICATIONS + "/" + id).json();
        var steps = record.getJsonArray("history").stream().map(JsonValue::asJsonObject)
                .filter(h -> !"DOCUMENT_UPDATED".equals(h.getString("action"))).toList();
        assertThat(steps.stream().map(h -> h.getString("action")))
                .containsExactly("RECORDED", "SUBMITTED", "PROPOSED", "VERIFIED", "TRAINED", "AID_DELIVERED");
        assertThat(steps.stream().map(h -> h.getString("by")))
                .containsExactly("petugas", "petugas", "petugas", "penyelia", "petugas", "petugas");
        record.getJsonArray("history").forEach(h -> assertThat(h.asJsonObject().getString("at")).isNotBlank());
    }

    @Test
    void whoJudgedAReviewDoesNotVerifyItAtProvinceLevel() {
        long id = record(WrseApplicants.eligible().registries("DTKS"));
        step(officer(), id, "submission", "");
        step(supervisor(), id, "review", "{\"decision\": \"ELIGIBLE\", \"justification\": \"" + JUSTIFICATION + "\"}");
        step(officer(), id, "proposal", "");
        documentsReceived(id);

        ApiClient.Answer sameHands = supervisor().post(APPLICATIONS + "/" + id + "/verification", "");
        assertThat(sameHands.status()).isEqualTo(409);
        assertThat(sameHands.json().getString("message")).contains("someone other than who judged");
        assertThat(supervisor().post(APPLICATIONS + "/" + id + "/rejection", "{\"reason\": \"Domisili tidak sesuai\"}")
                .status()).isEqualTo(409);
        assertThat(step(ApiClient.demo(app, "penyelia2"), id, "verification", "").getString("status")).isEqualTo("VERIFIED");
    }

    @Test
    void verificationWithDocumentsMissingIsRefusedWithTheirList() {
        long id = record(WrseApplicants.eligible());
        step(officer(), id, "submission", "");
        step(officer(), id, "proposal", "");
        assertThat(officer().put(APPLICATIONS + "/" + id + "/documents/KK_COPY", "{\"received\": true}").status()).isEqualTo(200);

        ApiClient.Answer refused = supervisor().post(APPLICATIONS + "/" + id + "/verification", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("message")).contains("Application letter", "identity card (KTP)")
                .doesNotContain("family card");
        assertThat(officer().get(APPLICATIONS + "/" + id).json().getString("status")).isEqualTo("PROPOSED");
    }

    @Test
    void aStepTheStateDoesNotAllowIsAConflict() {
        long id = record(WrseApplicants.eligible());
        assertThat(officer().post(APPLICATIONS + "/" + id + "/proposal", "").status()).isEqualTo(409);
        assertThat(supervisor().post(APPLICATIONS + "/" + id + "/verification", "").status()).isEqualTo(409);
        step(officer(), id, "submission", "");
        assertThat(officer().post(APPLICATIONS + "/" + id + "/training", "{\"attendedOn\": \"" + WrseApplicants.today() + "\"}")
                .status()).isEqualTo(409);
        assertThat(officer().post(APPLICATIONS + "/999999999/submission", "").status()).isEqualTo(404);
    }

    @Test
    void oneOpenApplicationPerNikPerYearUntilTheProvinceRejectsIt() {
        WrseApplicants applicant = WrseApplicants.eligible();
        long first = record(applicant);
        ApiClient.Answer second = officer().post(APPLICATIONS, applicant.json());
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().getString("message")).contains("open application");

        step(officer(), first, "submission", "");
        step(officer(), first, "proposal", "");
        JsonObject rejected = step(supervisor(), first, "rejection", "{\"reason\": \"Domisili tidak sesuai verifikasi lapangan\"}");
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("rejectionReason")).isEqualTo("Domisili tidak sesuai verifikasi lapangan");
        record(applicant);
    }

    @Test
    void needsReviewIsResolvedByASupervisorWithAWrittenJustification() {
        long id = record(WrseApplicants.eligible().registries("DTKS"));
        assertThat(step(officer(), id, "submission", "").getString("decision")).isEqualTo("NEEDS_REVIEW");
        assertThat(officer().post(APPLICATIONS + "/" + id + "/proposal", "").status()).isEqualTo(409);

        ApiClient.Answer tooShort = supervisor().post(APPLICATIONS + "/" + id + "/review",
                "{\"decision\": \"ELIGIBLE\", \"justification\": \"ok\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        JsonObject judged = step(supervisor(), id, "review",
                "{\"decision\": \"ELIGIBLE\", \"justification\": \"" + JUSTIFICATION + "\"}");

        assertThat(judged.getString("currentDecision")).isEqualTo("ELIGIBLE");
        JsonObject decision = judged.getJsonArray("decisions").getJsonObject(0);
        assertThat(decision.getString("decision")).isEqualTo("NEEDS_REVIEW");
        assertThat(decision.getString("decisionInForce")).isEqualTo("ELIGIBLE");
        assertThat(decision.getJsonObject("judgement").getString("justification")).isEqualTo(JUSTIFICATION);
        assertThat(decision.getJsonObject("judgement").getString("by")).isEqualTo("penyelia");
        step(officer(), id, "proposal", "");
    }

    @Test
    void anIneligibleDecisionCanBeOverriddenOnlyToEligible() {
        long id = record(WrseApplicants.eligible().aid("KUBE"));
        assertThat(step(officer(), id, "submission", "").getString("decision")).isEqualTo("INELIGIBLE");
        assertThat(supervisor().post(APPLICATIONS + "/" + id + "/review",
                "{\"decision\": \"INELIGIBLE\", \"justification\": \"" + JUSTIFICATION + "\"}").status()).isEqualTo(400);
        String override = "{\"decision\": \"ELIGIBLE\", \"justification\": \"Bantuan KUBE kelompoknya berakhir bulan lalu (surat Dinsos)\"}";
        JsonObject requested = step(supervisor(), id, "review", override);
        assertThat(requested.getString("currentDecision")).as("one supervisor only asks").isEqualTo("INELIGIBLE");
        ApiClient.Answer again = supervisor().post(APPLICATIONS + "/" + id + "/review", override);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("message")).contains("second supervisor");
        assertThat(officer().post(APPLICATIONS + "/" + id + "/proposal", "").status()).isEqualTo(409);

        JsonObject overridden = step(ApiClient.demo(app, "penyelia2"), id, "review", override);
        assertThat(overridden.getString("currentDecision")).isEqualTo("ELIGIBLE");
        assertThat(overridden.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("action")))
                .contains("DECISION_OVERRIDDEN");
    }

    @Test
    void reScreeningCorrectedDataKeepsTheEarlierDecisionWithItsFactsAndVersion() {
        WrseApplicants applicant = WrseApplicants.eligible().aid("PKH");
        long id = record(applicant);
        assertThat(step(officer(), id, "submission", "").getString("decision")).isEqualTo("INELIGIBLE");

        ApiClient.Answer corrected = officer().put(APPLICATIONS + "/" + id, applicant.set("currentAid", JsonValue.EMPTY_JSON_ARRAY).json());
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(step(officer(), id, "submission", "").getString("decision")).isEqualTo("ELIGIBLE");

        JsonObject record = officer().get(APPLICATIONS + "/" + id).json();
        assertThat(record.getJsonArray("decisions")).hasSize(2);
        JsonObject first = record.getJsonArray("decisions").getJsonObject(0);
        assertThat(first.getString("decision")).isEqualTo("INELIGIBLE");
        assertThat(first.getJsonObject("facts").getJsonArray("currentAid").getString(0)).isEqualTo("PKH");
        assertThat(first.getString("ruleSetVersion")).startsWith("wrse-");
        assertThat(record.getJsonArray("decisions").getJsonObject(1).getJsonObject("facts").getJsonArray("currentAid")).isEmpty();
        assertThat(record.getJsonArray("history").stream().map(h -> h.asJsonObject().getString("action")))
                .containsExactly("RECORDED", "SUBMITTED", "CORRECTED", "RESCREENED");
    }

    @Test
    void aidReceivedInAnEarlierYearIsFoundByNikWhateverTheApplicantDeclares() {
        WrseApplicants applicant = WrseApplicants.eligible();
        int lastYear = WrseApplicants.today().getYear() - 1;
        LocalDate lastYearDay = LocalDate.of(lastYear, 3, 2);
        long earlier = record(applicant.set("applicationDate", LocalDate.of(lastYear, 3, 1).toString()));
        step(officer(), earlier, "submission", "");
        step(officer(), earlier, "proposal", "");
        documentsReceived(earlier);
        step(supervisor(), earlier, "verification", "");
        step(officer(), earlier, "training", "{\"attendedOn\": \"" + lastYearDay + "\"}");
        step(officer(), earlier, "aid-delivery", "{\"items\": [\"Oven\"], \"handoverDate\": \"" + lastYearDay + "\"}");

        applicant.set("applicationDate", WrseApplicants.today().toString()).set("priorWrseAidYear", null);
        ApiClient.Answer screening = officer().post("api/wrse/screenings", applicant.json());
        assertThat(WrseApplicants.outcomes(screening.json())).containsEntry("PRIOR_AID", "FAIL");

        long now = record(applicant);
        JsonObject decision = step(officer(), now, "submission", "");
        assertThat(WrseApplicants.outcomes(decision)).containsEntry("PRIOR_AID", "FAIL");
        assertThat(decision.getString("decision")).isEqualTo("INELIGIBLE");
        assertThat(officer().get("api/wrse/applicants/" + applicant.nik() + "/applications").jsonArray()).hasSize(2);
    }

    @Test
    void theRankingOrdersByScoreAndMarksWhoFitsTheQuota() {
        String ranking = "api/wrse/regencies/6474/ranking?year=" + WrseApplicants.today().getYear();
        long high = submittedInBontang(WrseApplicants.eligible().set("maritalStatus", "WIDOWED"));
        long middle = submittedInBontang(WrseApplicants.eligible());
        long low = submittedInBontang(WrseApplicants.eligible().set("hasBusiness", true));
        ApiClient.Answer quota = supervisor().put("api/wrse/regencies/6474/quotas/" + WrseApplicants.today().getYear(),
                "{\"recipients\": 5, \"budget\": 6000000}");
        assertThat(quota.status()).isEqualTo(200);

        JsonObject answer = officer().get(ranking).json();
        assertThat(answer.getJsonArray("ranking").stream().map(r -> r.asJsonObject().getJsonNumber("id").longValue()))
                .containsSubsequence(high, middle, low);
        assertThat(answer.getJsonArray("ranking").stream().filter(r -> r.asJsonObject().getBoolean("withinQuota")))
                .hasSize(2);
        assertThat(answer.getJsonNumber("withinQuota").longValue()).isEqualTo(2);
        assertThat(answer.getJsonArray("ranking").getJsonObject(0).getString("nik")).contains("********");
    }

    private long submittedInBontang(WrseApplicants applicant) {
        long id = record(applicant.set("regencyCode", "6474").without("districtCode"));
        step(officer(), id, "submission", "");
        return id;
    }

    @Test
    void theListFiltersByRegencyDistrictStatusAndYearAndPages() {
        long id = record(WrseApplicants.eligible().set("regencyCode", "6402").set("districtCode", "640219"));
        String query = APPLICATIONS + "?regency=6402&district=640219&status=DRAFT&year=" + WrseApplicants.today().getYear();
        JsonObject page = officer().get(query + "&size=1&page=0").json();
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(1);
        assertThat(page.getJsonArray("items")).hasSize(1);
        JsonObject all = officer().get(query + "&size=100").json();
        assertThat(all.getJsonArray("items").stream().map(r -> r.asJsonObject().getJsonNumber("id").longValue())).contains(id);
        all.getJsonArray("items").forEach(r -> {
            assertThat(r.asJsonObject().getString("districtCode")).isEqualTo("640219");
            assertThat(r.asJsonObject().getString("status")).isEqualTo("DRAFT");
            assertThat(r.asJsonObject().getString("nik")).matches("\\d{4}\\*{8}\\d{4}");
        });
    }
}
