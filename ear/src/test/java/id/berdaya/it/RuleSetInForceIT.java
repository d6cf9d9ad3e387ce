package id.berdaya.it;

import static id.berdaya.it.RuleSetApi.lockVersion;
import static id.berdaya.it.RuleSetApi.number;
import static org.assertj.core.api.Assertions.assertThat;

import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.infrastructure.rules.RuleEngine;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import id.berdaya.rules.wrse.RegistryListing;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseDecision;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.MalformedURLException;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The acceptance scenario, run inside the server so that it can also watch the engine: a
 * loan officer's application of a woman listed only in DTSEN at decile 3 is screened INELIGIBLE; a
 * policy officer changes the WRSE REGISTRY row to "listed in DTSEN with desil 1-4" (values of the row
 * and its reason texts, as the authoring forms edit them), adapts a test case, adds two and sees the impact on the stored applications (hers among them); a supervisor approves;
 * the next screening of such an applicant is ELIGIBLE while the stored decision still shows the old
 * rule version and reasons; screenings running during the swap all succeed, each on one version or
 * the other; a rollback restores the old behaviour. Everyone acts over HTTP as themselves.
 */
@ExtendWith(ArquillianExtension.class)
class RuleSetInForceIT {

    private static final WrseApplicant ONLY_IN_DTSEN_AT_DECILE_3 = WrseApplicant.builder()
            .nik("6402054507850001").fullName("Siti Aminah").sex(Sex.F).birthDate(LocalDate.of(1985, 7, 5))
            .maritalStatus(MaritalStatus.MARRIED).regencyCode("6402").districtCode("640205")
            .applicationDate(LocalDate.of(2026, 11, 22)).registries(List.of(new RegistryListing("DTSEN", 3)))
            .businessField("CULINARY").mainBreadwinner(true).build();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(RuleSetInForceIT.class, RuleSetApi.class, ApiClient.class,
                ApiClient.Answer.class, WrseApplicants.class);
    }

    @Inject
    private RuleEngine engine;

    @Test
    void aSupervisorApprovedDtsenRuleDecidesTheNextScreeningAndARollbackRestoresTheOldOne() throws Exception {
        URL app = applicationUrl();
        RuleSetApi officer = RuleSetApi.wrse(app, "kebijakan");
        RuleSetApi supervisor = RuleSetApi.wrse(app, "penyelia");
        int original = officer.inForce();
        try {
            actAndCheck(app, officer, supervisor, original);
        } finally {
            officer.restore(original);
        }
    }

    private void actAndCheck(URL app, RuleSetApi officer, RuleSetApi supervisor, int original) throws Exception {
        RuleEngine.Screening before = engine.screen(ONLY_IN_DTSEN_AT_DECILE_3);
        assertThat(before.result().getDecision()).isEqualTo(WrseDecision.INELIGIBLE);
        assertThat(before.result().criterion("REGISTRY").orElseThrow().getReasonId())
                .isEqualTo("Tidak terdaftar di DTKS maupun P3KE");

        // A loan officer records and submits her application under the rules in force.
        ApiClient loanOfficer = ApiClient.demo(app, "petugas");
        ApiClient.Answer created = loanOfficer.post(APPLICATIONS, WrseApplicants.eligible().registries("DTSEN:3").json());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long applicationId = created.json().getJsonNumber("id").longValue();
        JsonObject submitted = loanOfficer.post(APPLICATIONS + "/" + applicationId + "/submission", "").json();
        assertThat(submitted.getString("decision")).isEqualTo("INELIGIBLE");
        assertThat(submitted.getString("ruleSetVersion")).isEqualTo(before.ruleSetVersion());

        // The policy officer changes the REGISTRY row, adapts the test cases and adds two, tests, sees the impact.
        JsonObject draft = officer.newDraft("Inpres 4/2025: DTSEN menggantikan DTKS dan P3KE");
        int n = number(draft);
        JsonObject saved = officer.changeContent(draft, "Inpres 4/2025: REGISTRY = DTSEN desil 1-4",
                RuleSetApi::dtsenRegistryAndTestCases);
        JsonObject run = officer.post("/versions/" + n + "/test-run", null).json();
        assertThat(run.getInt("failed")).as(run.toString()).isZero();
        assertThat(run.getInt("passed")).isEqualTo(draft.getJsonArray("testCases").size() + 2);
        JsonObject impact = officer.post("/versions/" + n + "/impact", jsonPeriod()).json();
        assertThat(impact.getString("inForceVersionId")).isEqualTo(before.ruleSetVersion());
        assertThat(impact.getBoolean("available")).isTrue();
        assertThat(impact.getInt("decisionsChanged")).isPositive();
        JsonObject hers = impact.getJsonArray("changes").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("reference").equals("WRSE-" + applicationId)).findFirst().orElseThrow();
        assertThat(hers.getString("before")).isEqualTo("INELIGIBLE");
        assertThat(hers.getString("after")).isEqualTo("ELIGIBLE");
        assertThat(hers.getJsonArray("differences").getValuesAs(jakarta.json.JsonString::getString))
                .contains("REGISTRY: FAIL → PASS");
        System.out.printf("Impact on stored WRSE applications: %d evaluated, %d decisions change %s, %d only in detail%n",
                impact.getInt("evaluated"), impact.getInt("decisionsChanged"), impact.getJsonObject("transitions"),
                impact.getInt("detailsChanged"));
        assertThat(engine.versionInForce(RuleSetKind.WRSE_ELIGIBILITY).versionId())
                .as("nothing in force changes before approval").isEqualTo(before.ruleSetVersion());

        // The supervisor approves with effect now while screenings keep running.
        Screenings running = Screenings.start(engine);
        long start = System.nanoTime();
        ApiClient.Answer approval = supervisor.post("/versions/" + n + "/approval", RuleSetApi.approval(lockVersion(saved)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        running.stop();
        assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
        assertThat(approval.json().getString("status")).isEqualTo("DONE");
        // How fast is a benchmark's question (rules -Pbench prints the compile time), never a timed
        // assertion here: the figure is printed, and what is asserted is that the new rules are in force.
        assertThat(engine.versionInForce(RuleSetKind.WRSE_ELIGIBILITY).versionId())
                .isEqualTo(approval.json().getString("versionId"));
        System.out.printf("Publication of the DTSEN rule: in force %d ms after the approval request (compile %d ms)%n",
                millis, approval.json().getJsonNumber("compileMillis").longValue());

        // The next screening (the stateless screening API) of such an applicant is ELIGIBLE.
        String newVersion = approval.json().getString("versionId");
        JsonObject screening = loanOfficer.post("api/wrse/screenings",
                WrseApplicants.eligible().registries("DTSEN:3").json()).json();
        assertThat(screening.getString("decision")).isEqualTo("ELIGIBLE");
        assertThat(screening.getString("ruleSetVersion")).isEqualTo(newVersion).isNotEqualTo(before.ruleSetVersion());
        assertThat(registryReason(screening)).isEqualTo("Terdaftar di DTSEN desil 3; batas desil 1–4");
        assertThat(engine.screen(ONLY_IN_DTSEN_AT_DECILE_3).result().getDecision()).isEqualTo(WrseDecision.ELIGIBLE);

        // Her stored decision still shows the old version and reasons, and that version is on record.
        JsonObject record = loanOfficer.get(APPLICATIONS + "/" + applicationId).json();
        JsonObject decision = record.getJsonArray("decisions").getJsonObject(0);
        assertThat(decision.getString("decision")).isEqualTo("INELIGIBLE");
        assertThat(decision.getString("ruleSetVersion")).isEqualTo(before.ruleSetVersion());
        assertThat(registryReason(decision)).isEqualTo("Tidak terdaftar di DTKS maupun P3KE");
        assertThat(officer.get("/versions?versionId=" + before.ruleSetVersion()).jsonArray())
                .extracting(v -> v.asJsonObject().getInt("number")).contains(original);
        running.assertEachOnOneVersion(before.ruleSetVersion(), newVersion);

        // A rollback restores the old behaviour, once a second person approves the request.
        ApiClient.Answer request = officer.post("/versions/" + original + "/rollback",
                RuleSetApi.rollback("DTSEN belum lengkap di semua kabupaten"));
        assertThat(request.status()).as(request.toString()).isEqualTo(200);
        assertThat(request.json().getString("status")).isEqualTo("REQUESTED");
        long requestId = request.json().getJsonNumber("id").longValue();
        assertThat(officer.post("/rollbacks/" + requestId + "/approval", Json.createObjectBuilder().build()).status())
                .as("the requester cannot approve her own rollback").isEqualTo(409);
        assertThat(officer.inForce()).isNotEqualTo(original);
        ApiClient.Answer rollback = supervisor.post("/rollbacks/" + requestId + "/approval",
                Json.createObjectBuilder().build());
        assertThat(rollback.status()).as(rollback.toString()).isEqualTo(200);
        assertThat(rollback.json().getString("approvedBy")).isEqualTo("penyelia");
        JsonObject again = loanOfficer.post("api/wrse/screenings", WrseApplicants.eligible().registries("DTSEN:3").json()).json();
        assertThat(again.getString("decision")).isEqualTo("INELIGIBLE");
        assertThat(again.getString("ruleSetVersion")).isEqualTo(before.ruleSetVersion());
        assertThat(officer.inForce()).isEqualTo(original);
    }

    private static final String APPLICATIONS = "api/wrse/applications";

    private static String registryReason(JsonObject decision) {
        return decision.getJsonArray("criteria").stream().map(c -> c.asJsonObject())
                .filter(c -> c.getString("code").equals("REGISTRY")).findFirst().orElseThrow()
                .getJsonObject("reason").getString("id");
    }

    /** The last year up to today: the stored applications of the demo data and of this test. */
    private static JsonObject jsonPeriod() {
        return Json.createObjectBuilder().add("from", WrseApplicants.today().minusYears(1).toString())
                .add("to", WrseApplicants.today().toString()).build();
    }

    /** The application as seen from inside the server (the HTTP port moves with the port offset). */
    private static URL applicationUrl() throws MalformedURLException {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return new URL("http://127.0.0.1:" + port + "/berdaya/");
    }

    /** Screenings in a loop on other threads while the rules are swapped. */
    private static final class Screenings {

        private final ExecutorService threads = Executors.newFixedThreadPool(2);
        private final AtomicBoolean stop = new AtomicBoolean();
        private final ConcurrentLinkedQueue<RuleEngine.Screening> done = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

        static Screenings start(RuleEngine engine) {
            Screenings screenings = new Screenings();
            for (int i = 0; i < 2; i++) {
                screenings.threads.submit(() -> {
                    while (!screenings.stop.get()) {
                        try {
                            screenings.done.add(engine.screen(ONLY_IN_DTSEN_AT_DECILE_3));
                        } catch (RuntimeException e) {
                            screenings.failures.add(e);
                        }
                    }
                });
            }
            return screenings;
        }

        void stop() throws InterruptedException {
            stop.set(true);
            threads.shutdown();
            assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        /** No screening failed, and each decided by the version it names. */
        void assertEachOnOneVersion(String oldVersion, String newVersion) {
            assertThat(failures).isEmpty();
            assertThat(done).isNotEmpty().allSatisfy(s -> {
                if (s.ruleSetVersion().equals(oldVersion)) {
                    assertThat(s.result().getDecision()).isEqualTo(WrseDecision.INELIGIBLE);
                } else {
                    assertThat(s.ruleSetVersion()).isEqualTo(newVersion);
                    assertThat(s.result().getDecision()).isEqualTo(WrseDecision.ELIGIBLE);
                }
            });
            System.out.printf("Screenings during the swap: %d, %d on the old version, none failed%n", done.size(),
                    done.stream().filter(s -> s.ruleSetVersion().equals(oldVersion)).count());
        }
    }
}
