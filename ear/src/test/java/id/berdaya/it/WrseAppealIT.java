package id.berdaya.it;

import static id.berdaya.it.RuleSetApi.lockVersion;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
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
 * Appeals over HTTP: a refused applicant's appeal recorded by the officer, re-screened by a supervisor
 * who took no part under the rules of the original decision or the current ones, each answered by a
 * registered letter whose PDF text is read back; the registry error sent on as a correction proposal;
 * bad input named by its field with nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class WrseAppealIT {

    private static final String APPLICATIONS = "api/wrse/applications";
    private static final String APPEALS = "api/wrse/appeals";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient officer() {
        return ApiClient.demo(app, "petugas");
    }

    /** Recorded, screened INELIGIBLE (listed in no registry), and its decision letter printed: the appeal period runs. */
    private long refusedWithLetter(WrseApplicants applicant) throws Exception {
        ApiClient.Answer created = officer().post(APPLICATIONS, applicant.json());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        JsonObject submitted = officer().post(APPLICATIONS + "/" + id + "/submission", "").json();
        assertThat(submitted.getString("decision")).isEqualTo("INELIGIBLE");
        assertThat(pdf("petugas", "api/reports/wrse/applications/" + id + "/decision-letter.pdf"))
                .contains("TIDAK MEMENUHI SYARAT");
        return id;
    }

    private static String registryError(long applicationId) {
        JsonArrayBuilder registries = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "DTKS"))
                .add(Json.createObjectBuilder().add("name", "P3KE").add("decile", 1));
        return Json.createObjectBuilder().add("applicationId", applicationId).add("ground", "REGISTRY_ERROR")
                .add("grounds", "Rumah tangganya terdaftar di DTKS dan P3KE desil 1; data desa belum masuk ekstrak")
                .add("newFacts", "Surat keterangan desa dan kartu P3KE dilampirkan")
                .add("corrections", Json.createObjectBuilder().add("registries", registries))
                .add("registry", "P3KE").add("correction", "Cantumkan rumah tangga ini di P3KE desil 1")
                .build().toString();
    }

    private JsonObject lodge(String body) {
        ApiClient.Answer lodged = officer().post(APPEALS, body);
        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        assertThat(lodged.header("Location")).endsWith("/api/wrse/appeals/" + lodged.json().getJsonNumber("id"));
        return lodged.json();
    }

    private static JsonObject decision(String choice) {
        return Json.createObjectBuilder().add("ruleSetChoice", choice).add("note", "Diperiksa dengan kartu P3KE").build();
    }

    @Test
    void aRefusalIsAppealedAndReScreenedUnderTheOriginalOrTheCurrentRulesEachAnsweredByARegisteredLetter() throws Exception {
        RuleSetApi policy = RuleSetApi.wrse(app, "kebijakan");
        int original = policy.inForce();
        long underOriginal = refusedWithLetter(WrseApplicants.eligible().registries());
        long underCurrent = refusedWithLetter(WrseApplicants.eligible().registries());
        String originalVersion = latestDecision(underOriginal).getString("ruleSetVersion");
        try {
            publishDtsenRule(policy);

            JsonObject first = lodge(registryError(underOriginal));
            assertThat(first.getString("status")).isEqualTo("LODGED");
            assertThat(first.getInt("periodDays")).isEqualTo(30);
            assertThat(first.getString("periodEndsOn")).isEqualTo(WrseApplicants.today().plusDays(30).toString());
            assertThat(first.getString("handleBy")).isEqualTo(WrseApplicants.today().plusDays(14).toString());
            assertThat(first.getBoolean("overdue")).isFalse();
            assertThat(first.getString("decisionLetterNumber")).matches("400\\.9/\\d{4}/DINSOS/\\d{4}");
            JsonObject second = lodge(registryError(underCurrent));
            long firstId = first.getJsonNumber("id").longValue();
            long secondId = second.getJsonNumber("id").longValue();
            assertThat(ApiClient.demo(app, "penyelia").get(APPEALS).jsonArray().stream()
                    .map(v -> v.asJsonObject().getJsonNumber("id").longValue())).contains(firstId, secondId);

            // Under the rules of the original decision the corrected registries pass: upheld.
            ApiClient.Answer upheld = ApiClient.demo(app, "penyelia2").post(APPEALS + "/" + firstId + "/decision",
                    decision("ORIGINAL").toString());
            assertThat(upheld.status()).as(upheld.toString()).isEqualTo(200);
            JsonObject u = upheld.json();
            assertThat(u.getString("outcome")).isEqualTo("UPHELD");
            assertThat(u.getString("ruleSetChoice")).isEqualTo("ORIGINAL");
            assertThat(u.getJsonObject("original").getString("ruleSetVersion")).isEqualTo(originalVersion);
            assertThat(u.getJsonObject("original").getString("decision")).isEqualTo("ELIGIBLE");
            assertThat(u.getJsonObject("current").getString("ruleSetVersion")).isNotEqualTo(originalVersion);
            assertThat(u.getJsonObject("current").getString("decision")).isEqualTo("INELIGIBLE");
            JsonObject application = officer().get(APPLICATIONS + "/" + underOriginal).json();
            assertThat(application.getString("currentDecision")).isEqualTo("ELIGIBLE");
            assertThat(application.getJsonArray("decisions")).hasSize(2);
            assertThat(latestDecision(underOriginal).getString("ruleSetVersion")).isEqualTo(originalVersion);
            String upheldLetter = pdf("petugas", "api/reports/wrse/appeals/" + firstId + "/outcome-letter.pdf");
            assertThat(upheldLetter).containsPattern("400\\.9/\\d{4}/SANGGAH-WRSE/\\d{4}")
                    .contains("Jawaban atas Sanggahan", first.getString("decisionLetterNumber"), "DITERIMA",
                            "MEMENUHI SYARAT", "yang berlaku pada saat keputusan awal", "Rp 3.000.000")
                    .doesNotContain("DITOLAK");
            assertThat(pdf("penyelia", "api/reports/wrse/appeals/" + firstId + "/outcome-letter.pdf"))
                    .as("the letter is frozen once issued").isEqualTo(upheldLetter);

            // Under the current (DTSEN) rules the same correction still fails REGISTRY: dismissed, with the reason.
            JsonObject d = ApiClient.demo(app, "penyelia2").post(APPEALS + "/" + secondId + "/decision",
                    decision("CURRENT").toString()).json();
            assertThat(d.getString("outcome")).isEqualTo("DISMISSED");
            assertThat(d.getJsonObject("original").getString("decision")).isEqualTo("ELIGIBLE");
            assertThat(d.getJsonObject("current").getString("decision")).isEqualTo("INELIGIBLE");
            assertThat(pdf("petugas", "api/reports/wrse/appeals/" + secondId + "/outcome-letter.pdf"))
                    .contains("DITOLAK", "TIDAK MEMENUHI SYARAT", "yang berlaku saat ini", "DTSEN")
                    .doesNotContain("pada saat keputusan awal");

            // Decided appeals leave the queue; a second decision is a conflict.
            assertThat(ApiClient.demo(app, "penyelia").get(APPEALS).jsonArray().stream()
                    .map(v -> v.asJsonObject().getJsonNumber("id").longValue())).doesNotContain(firstId, secondId);
            assertThat(ApiClient.demo(app, "penyelia").post(APPEALS + "/" + firstId + "/decision",
                    decision("CURRENT").toString()).status()).isEqualTo(409);

            // The registry error goes on to the Dinas Sosial as a correction proposal.
            ApiClient.Answer csv = officer().send(officer().request(APPEALS + "/corrections.csv")
                    .setHeader("Accept", "text/csv").GET());
            assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
            assertThat(csv.body()).startsWith("proposal_no,lodged_on,registry,nik,kk_number,full_name")
                    .contains(firstId + "," + WrseApplicants.today() + ",P3KE,", "Cantumkan rumah tangga ini di P3KE desil 1");
        } finally {
            policy.restore(original);
        }
    }

    /** The policy officer replaces REGISTRY by "DTSEN desil 1-4"; a supervisor approves it into force. */
    private void publishDtsenRule(RuleSetApi policy) {
        JsonObject draft = policy.newDraft("Inpres 4/2025: DTSEN menggantikan DTKS dan P3KE");
        JsonObject saved = policy.changeContent(draft, "Inpres 4/2025: REGISTRY = DTSEN desil 1-4",
                RuleSetApi::dtsenRegistryAndTestCases);
        int n = RuleSetApi.number(saved);
        assertThat(policy.post("/versions/" + n + "/test-run", null).json().getInt("failed")).isZero();
        ApiClient.Answer approval = RuleSetApi.wrse(app, "penyelia").post("/versions/" + n + "/approval",
                RuleSetApi.approval(lockVersion(saved)));
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        assertThat(approval.json().getString("status")).isEqualTo("DONE");
    }

    @Test
    void anAppealWithoutGroundsOrWithAFutureDateIsRefusedNamingTheFieldAndNothingIsSaved() throws Exception {
        long id = refusedWithLetter(WrseApplicants.eligible().registries());
        JsonObjectBuilder noGrounds = Json.createObjectBuilder().add("applicationId", id).add("ground", "NEW_FACTS");
        assertRefused(officer().post(APPEALS, noGrounds.build().toString()), "grounds");
        assertRefused(officer().post(APPEALS, Json.createObjectBuilder().add("applicationId", id).add("ground", "OTHER")
                .add("grounds", "Keberatan atas hasil verifikasi").add("lodgedOn", WrseApplicants.today().plusDays(1).toString())
                .build().toString()), "lodgedOn");
        assertRefused(officer().post(APPEALS, Json.createObjectBuilder().add("applicationId", id).add("ground", "REGISTRY_ERROR")
                .add("grounds", "Tidak tercantum di P3KE padahal miskin").build().toString()), "registry");
        assertRefused(officer().post(APPEALS, Json.createObjectBuilder().add("applicationId", id).add("ground", "OTHER")
                .add("grounds", "Keberatan atas hasil verifikasi").add("corrections", Json.createObjectBuilder()
                        .add("registries", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "XYZ"))))
                .build().toString()), "registries[0].name");
        assertThat(ApiClient.demo(app, "penyelia").get(APPEALS).jsonArray().stream()
                .map(v -> v.asJsonObject().getJsonNumber("applicationId").longValue())).doesNotContain(id);

        // An eligible application has nothing to appeal; one without a decision letter has no period yet.
        ApiClient.Answer eligible = officer().post(APPLICATIONS, WrseApplicants.eligible().json());
        long eligibleId = eligible.json().getJsonNumber("id").longValue();
        officer().post(APPLICATIONS + "/" + eligibleId + "/submission", "");
        assertThat(officer().post(APPEALS, Json.createObjectBuilder().add("applicationId", eligibleId).add("ground", "OTHER")
                .add("grounds", "Keberatan atas hasil verifikasi").build().toString()).status()).isEqualTo(409);
        assertThat(ApiClient.demo(app, "penyelia").post(APPEALS, "{}").status()).as("supervisors do not record appeals")
                .isEqualTo(403);
    }

    @Test
    void theSupervisorWhoDecidedDoesNotHandleTheAppeal() throws Exception {
        // Listed in DTKS only: NEEDS_REVIEW; penyelia judges her ineligible and the letter goes out.
        ApiClient.Answer created = officer().post(APPLICATIONS, WrseApplicants.eligible().registries("DTKS").json());
        long id = created.json().getJsonNumber("id").longValue();
        officer().post(APPLICATIONS + "/" + id + "/submission", "");
        ApiClient.Answer judged = ApiClient.demo(app, "penyelia").post(APPLICATIONS + "/" + id + "/review",
                "{\"decision\": \"INELIGIBLE\", \"justification\": \"Tidak ditemukan di P3KE setelah dicek dengan data desa\"}");
        assertThat(judged.status()).as(judged.toString()).isEqualTo(200);
        assertThat(pdf("petugas", "api/reports/wrse/applications/" + id + "/decision-letter.pdf")).contains("TIDAK MEMENUHI SYARAT");
        JsonObject appeal = lodge(registryError(id));
        assertThat(appeal.getJsonArray("decidedBy").getValuesAs(jakarta.json.JsonString::getString)).contains("penyelia");
        long appealId = appeal.getJsonNumber("id").longValue();

        assertRefused(ApiClient.demo(app, "penyelia").post(APPEALS + "/" + appealId + "/decision", decision("CURRENT").toString()),
                "supervisor");
        assertThat(officer().get(APPEALS + "/" + appealId).json().getString("status")).isEqualTo("LODGED");
        assertThat(officer().get(APPLICATIONS + "/" + id).json().getJsonArray("decisions")).hasSize(1);
        assertRefused(ApiClient.demo(app, "penyelia2").post(APPEALS + "/" + appealId + "/decision", "{}"), "ruleSetChoice");

        JsonObject decided = ApiClient.demo(app, "penyelia2").post(APPEALS + "/" + appealId + "/decision",
                decision("CURRENT").toString()).json();
        assertThat(decided.getString("outcome")).isEqualTo("UPHELD");
        assertThat(officer().post(APPEALS, registryError(id)).status()).as("one appeal per decision letter").isEqualTo(409);
    }

    @Test
    void aConfidentialCircumstanceInAnAppealIsSeenOnlyByTheRolesThatHandleItAndNeverPrinted() throws Exception {
        long id = refusedWithLetter(WrseApplicants.eligible().registries());
        JsonObject appeal = lodge(Json.createObjectBuilder().add("applicationId", id).add("ground", "WRONG_FACTS")
                .add("grounds", "Penyintas kekerasan dengan rujukan UPTD PPA; belum dicatat saat permohonan")
                .add("corrections", Json.createObjectBuilder().add("circumstances", Json.createArrayBuilder().add("VIOLENCE_SURVIVOR")))
                .build().toString());
        long appealId = appeal.getJsonNumber("id").longValue();
        assertThat(appeal.getJsonObject("corrections").getJsonArray("circumstances").getString(0)).isEqualTo("VIOLENCE_SURVIVOR");
        assertThat(ApiClient.demo(app, "kebijakan").get(APPEALS + "/" + appealId).status()).isEqualTo(403);
        assertThat(ApiClient.demo(app, "keuangan").get(APPEALS).status()).isEqualTo(403);

        JsonObject decided = ApiClient.demo(app, "penyelia2").post(APPEALS + "/" + appealId + "/decision",
                decision("CURRENT").toString()).json();
        assertThat(decided.getString("outcome")).isEqualTo("DISMISSED");
        assertThat(ApiClient.demo(app, "kebijakan").get(APPLICATIONS + "/" + id).body()).doesNotContain("VIOLENCE_SURVIVOR");
        assertThat(pdf("penyelia", "api/reports/wrse/appeals/" + appealId + "/outcome-letter.pdf"))
                .contains("DITOLAK").doesNotContainIgnoringCase("kekerasan").doesNotContain("VIOLENCE", "PPA", "Penyintas");
    }

    private JsonObject latestDecision(long applicationId) {
        var decisions = officer().get(APPLICATIONS + "/" + applicationId).json().getJsonArray("decisions");
        return decisions.getJsonObject(decisions.size() - 1);
    }

    private static void assertRefused(ApiClient.Answer answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")))
                .as(answer.toString()).contains(field);
    }

    private String pdf(String user, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HTTP.send(ApiClient.demo(app, user).request(path)
                .setHeader("Accept", "application/pdf").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + ": " + new String(response.body())).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }
}
