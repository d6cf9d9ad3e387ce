package id.berdaya.it;

import static id.berdaya.it.RuleSetApi.AGE_PATTERN;
import static id.berdaya.it.RuleSetApi.AGE_PATTERN_LEFT_OPEN;
import static id.berdaya.it.RuleSetApi.CRITERIA_DRL;
import static id.berdaya.it.RuleSetApi.lockVersion;
import static id.berdaya.it.RuleSetApi.number;
import static id.berdaya.it.RuleSetApi.saveBody;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rule-set API over HTTP: who may use it, and each bad input of the issue — a rule technician's
 * DRL that does not compile or reaches outside the fact model, failing test cases, a bad value in the
 * structured content, a wrong decision-table column, an effective date in the past, approval by the
 * author, a concurrent edit — answered clearly with nothing in force changed. Policy staff change the
 * WRSE rules as rows and values (the content the authoring forms edit); only the technician writes DRL.
 * Each test makes its own draft; none leaves another version in force than it found.
 */
@ExtendWith(ArquillianExtension.class)
class RuleSetApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void ruleSetsAreForPolicyStaffAndSupervisorsOnly() {
        for (String user : List.of("petugas", "keuangan", "admin")) {
            assertThat(ApiClient.demo(app, user).get("api/rulesets").status()).as(user).isEqualTo(403);
        }
        assertThat(ApiClient.anonymous(app).get("api/rulesets").status()).isEqualTo(401);
        assertThat(RuleSetApi.wrse(app, "petugas").get("/versions").status()).isEqualTo(403);

        for (String user : List.of("kebijakan", "penyelia")) {
            ApiClient.Answer answer = ApiClient.demo(app, user).get("api/rulesets");
            assertThat(answer.status()).as(user).isEqualTo(200);
            assertThat(answer.jsonArray()).extracting(r -> r.asJsonObject().getString("programme"))
                    .containsExactly("WRSE", "KUBP");
            assertThat(answer.jsonArray()).allSatisfy(r -> {
                JsonObject inForce = r.asJsonObject().getJsonObject("inForce");
                assertThat(inForce.getString("status")).isEqualTo("IN_FORCE");
                assertThat(inForce.getString("versionId")).isEqualTo(r.asJsonObject().getString("runningVersionId"));
            });
        }
        // Supervisors approve; they do not write drafts.
        assertThat(RuleSetApi.wrse(app, "penyelia").post("/drafts", Json.createObjectBuilder().add("reason", "x").build())
                .status()).isEqualTo(403);
    }

    @Test
    void drlThatDoesNotCompileShowsEachErrorWithLineAndColumnAndChangesNothing() {
        RuleSetApi officer = RuleSetApi.wrse(app, "teknis");
        JsonObject before = officer.get("").json();
        JsonObject draft = officer.newDraft("A typo");
        int n = number(draft);
        int line = lineOf(fileContent(draft, CRITERIA_DRL), AGE_PATTERN);
        assertThat(officer.put("/drafts/" + n, saveBody(draft, "A typo", editing(CRITERIA_DRL, AGE_PATTERN, AGE_PATTERN_LEFT_OPEN), null))
                .status()).as("a draft that does not compile may still be saved").isEqualTo(200);

        JsonObject validation = officer.post("/versions/" + n + "/validation", null).json();

        assertThat(validation.getBoolean("valid")).isFalse();
        assertThat(validation.getJsonArray("errors")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.asJsonObject().getString("file")).isEqualTo(CRITERIA_DRL);
            assertThat(e.asJsonObject().getInt("line")).isBetween(line, line + 3);
            assertThat(e.asJsonObject().getInt("column")).isPositive();
            assertThat(e.asJsonObject().getString("message")).isNotBlank();
        });
        ApiClient.Answer approval = RuleSetApi.wrse(app, "penyelia").post("/versions/" + n + "/approval",
                RuleSetApi.approval(lockVersion(officer.get("/versions/" + n).json())));
        assertThat(approval.status()).isEqualTo(422);
        assertThat(approval.body()).contains("COMPILE_ERROR", CRITERIA_DRL + ":");
        assertUnchanged(officer, before);
        discard(officer, n);
    }

    @Test
    void aDraftWhoseTestCasesFailCannotBeApproved() {
        RuleSetApi officer = RuleSetApi.wrse(app, "kebijakan");
        JsonObject before = officer.get("").json();
        JsonObject draft = officer.newDraft("DTSEN, test cases not yet updated");
        int n = number(draft);
        JsonObject saved = officer.changeContent(draft, "DTSEN", RuleSetApi::dtsenRegistry);

        JsonObject run = officer.post("/versions/" + n + "/test-run", null).json();

        assertThat(run.getBoolean("compiles")).isTrue();
        assertThat(run.getInt("failed")).isEqualTo(1);
        JsonObject failed = run.getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .filter(r -> !r.getBoolean("passed")).findFirst().orElseThrow();
        assertThat(failed.getString("name")).startsWith("Only in DTKS");
        assertThat(failed.getJsonArray("differences").getString(0)).isEqualTo("decision: expected NEEDS_REVIEW, got INELIGIBLE");
        assertThat(failed.getJsonObject("actual").getString("decision")).isEqualTo("INELIGIBLE");

        ApiClient.Answer approval = RuleSetApi.wrse(app, "penyelia").post("/versions/" + n + "/approval",
                RuleSetApi.approval(lockVersion(saved)));
        assertThat(approval.status()).isEqualTo(422);
        assertThat(approval.json().getString("message")).contains("test cases do not all pass");
        assertThat(approval.body()).contains("TEST_CASE_FAILED", "Only in DTKS");
        assertUnchanged(officer, before);
        discard(officer, n);
    }

    @Test
    void aParameterTableWithAWrongColumnIsRefusedNamingTheColumn() {
        RuleSetApi officer = RuleSetApi.kubp(app, "kebijakan");
        JsonObject draft = officer.newDraft("Plafon per anggota Rp 12.000.000");
        int n = number(draft);
        ApiClient.Answer download = officer.getCsv("/versions/" + n + "/parameters");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/csv");
        String csv = download.body();
        assertThat(csv).contains("Parameter,Value,Description", "PRINCIPAL_MAX_PER_MEMBER,10000000,");

        ApiClient.Answer wrong = officer.putCsv("/drafts/" + n + "/parameters?lockVersion=" + lockVersion(draft),
                csv.replace("Parameter,Value,Description", "Parameter,Nilai baru,Description"));
        assertThat(wrong.status()).isEqualTo(400);
        JsonObject error = wrong.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("column Nilai baru");
        assertThat(error.getString("message")).contains("Unknown column 'Nilai baru' (column B)", "line 10");

        ApiClient.Answer semicolons = officer.putCsv("/drafts/" + n + "/parameters?lockVersion=" + lockVersion(draft),
                csv.replace(',', ';'));
        assertThat(semicolons.status()).isEqualTo(400);
        assertThat(semicolons.body()).contains("separated by ';'");

        ApiClient.Answer raised = officer.putCsv("/drafts/" + n + "/parameters?lockVersion=" + lockVersion(draft),
                csv.replace("PRINCIPAL_MAX_PER_MEMBER,10000000,", "PRINCIPAL_MAX_PER_MEMBER,12000000,"));
        assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
        assertThat(officer.getCsv("/versions/" + n + "/parameters").body()).contains("PRINCIPAL_MAX_PER_MEMBER,12000000,");
        discard(officer, n);
    }

    /** Acceptance (a) as policy staff make it: a value of the AGE row; a minimum above its maximum is refused on its field. */
    @Test
    void anOlderAgeLimitIsAValueOfTheAgeRowAndABadValueIsNamed() {
        RuleSetApi officer = RuleSetApi.wrse(app, "kebijakan");
        JsonObject draft = officer.newDraft("Older applicants");
        int n = number(draft);
        JsonObject content = officer.content(n);
        assertThat(content.getJsonArray("criteria").stream().map(c -> c.asJsonObject().getString("code")))
                .containsExactly("SEX", "AGE", "RESIDENCE", "REGISTRY", "PKH", "KUBE", "PRIOR_AID", "SKILL", "BUSINESS");

        ApiClient.Answer bad = officer.saveContent(n, lockVersion(draft), "Older applicants",
                RuleSetApi.withRow(content, "criteria", "code", "AGE", RuleSetApi.arguments("min", "60", "max", "59", "youngerWithFamily", "REVIEW")));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("criteria[1].arguments.min");
        assertThat(bad.body()).contains("above the maximum");
        assertThat(officer.get("/drafts/" + n).json().getJsonObject("version").getJsonNumber("lockVersion").longValue())
                .as("nothing saved").isEqualTo(lockVersion(draft));

        JsonObject older = officer.changeContent(draft, "Older applicants", c -> RuleSetApi.withRow(c, "criteria", "code", "AGE",
                RuleSetApi.arguments("min", "18", "max", "64", "youngerWithFamily", "REVIEW")));
        assertThat(fileContent(older, CRITERIA_DRL)).contains("age <= 64").doesNotContain("age <= 59");
        JsonObject run = officer.post("/versions/" + n + "/test-run", null).json();
        assertThat(run.getJsonArray("results").stream().map(JsonValue::asJsonObject)
                .filter(r -> !r.getBoolean("passed")).map(r -> r.getString("name")))
                .containsExactly("60 on the application date: ineligible");
        discard(officer, n);
    }

    @Test
    void anEffectiveDateInThePastIsRefused() {
        RuleSetApi officer = RuleSetApi.wrse(app, "kebijakan");
        JsonObject before = officer.get("").json();
        JsonObject draft = officer.newDraft("Unchanged rules, approved for yesterday");

        ApiClient.Answer approval = RuleSetApi.wrse(app, "penyelia").post("/versions/" + number(draft) + "/approval",
                Json.createObjectBuilder().add("lockVersion", lockVersion(draft))
                        .add("effectiveAt", "2026-01-01T08:00:00+08:00").build());

        assertThat(approval.status()).isEqualTo(400);
        assertThat(approval.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("effectiveAt");
        assertThat(officer.get("/versions/" + number(draft)).json().getJsonObject("version").getString("status"))
                .isEqualTo("DRAFT");
        assertUnchanged(officer, before);
        discard(officer, number(draft));
    }

    @Test
    void theAuthorCannotApproveHerOwnDraft() {
        RuleSetApi officer = RuleSetApi.wrse(app, "kebijakan");
        JsonObject before = officer.get("").json();
        JsonObject draft = officer.newDraft("Self-approval attempt");

        ApiClient.Answer approval = officer.post("/versions/" + number(draft) + "/approval", RuleSetApi.approval(lockVersion(draft)));

        assertThat(approval.status()).isEqualTo(422);
        assertThat(approval.json().getJsonArray("reasons").getJsonObject(0).getString("code")).isEqualTo("FOUR_EYES");
        assertThat(approval.json().getString("message")).contains("second person");
        assertUnchanged(officer, before);
        discard(officer, number(draft));
    }

    @Test
    void aConcurrentEditOfTheSameDraftIsToldToReload() {
        RuleSetApi officer = RuleSetApi.wrse(app, "teknis");
        JsonObject draft = officer.newDraft("Two editors");
        int n = number(draft);
        JsonObject first = saveBody(draft, "First editor", editing(CRITERIA_DRL, AGE_PATTERN, AGE_PATTERN + " // first editor"), null);
        JsonObject second = saveBody(draft, "Second editor", f -> f.getString("content"), null);

        assertThat(officer.put("/drafts/" + n, first).status()).isEqualTo(200);
        ApiClient.Answer stale = officer.put("/drafts/" + n, second);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().getString("message")).contains("reload");
        assertThat(officer.get("/drafts/" + n).json().getJsonObject("version").getString("reason")).isEqualTo("First editor");

        // Both at the same moment, from the same lock version: exactly one save wins.
        JsonObject reloaded = officer.get("/drafts/" + n).json();
        List<Integer> statuses = List.of("A", "B").parallelStream()
                .map(who -> CompletableFuture.supplyAsync(() -> officer.put("/drafts/" + n,
                        saveBody(reloaded, "Editor " + who, f -> f.getString("content"), null)).status()))
                .map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        discard(officer, n);
    }

    @Test
    void malformedDraftsAndUnknownNamesAreClearErrors() {
        RuleSetApi officer = RuleSetApi.wrse(app, "kebijakan");
        JsonObject draft = officer.newDraft("Malformed test case");
        int n = number(draft);
        JsonObject badCase = Json.createObjectBuilder().add("name", "bad").add("input", Json.createObjectBuilder().add("sex", "X"))
                .add("expected", Json.createObjectBuilder().add("decision", "ELIGIBLE")).build();

        ApiClient.Answer save = officer.put("/drafts/" + n, saveBody(draft, "x", f -> f.getString("content"),
                Json.createArrayBuilder().add(badCase).build()));
        assertThat(save.status()).isEqualTo(400);
        assertThat(save.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("testCases[0].input.sex");

        ApiClient.Answer noLock = officer.put("/drafts/" + n, Json.createObjectBuilder().add("reason", "x")
                .add("files", Json.createArrayBuilder()).add("testCases", Json.createArrayBuilder()).build());
        assertThat(noLock.status()).isEqualTo(400);
        assertThat(noLock.body()).contains("lockVersion");

        assertThat(ApiClient.demo(app, "kebijakan").get("api/rulesets/no-such-rules").status()).isEqualTo(404);
        assertThat(officer.get("/versions/99999").status()).isEqualTo(404);
        assertThat(officer.get("/diff?from=1").status()).isEqualTo(400);
        assertThat(officer.post("/versions/1/rollback", RuleSetApi.rollback(" ")).status()).isEqualTo(400);
        discard(officer, n);
    }

    @Test
    void theDiffShowsTheChangedLinesAndTestCases() {
        RuleSetApi officer = RuleSetApi.wrse(app, "kebijakan");
        int inForce = officer.inForce();
        JsonObject draft = officer.newDraft("DTSEN");
        int n = number(draft);
        officer.changeContent(draft, "DTSEN", RuleSetApi::dtsenRegistryAndTestCases);

        JsonObject diff = officer.get("/diff?from=" + inForce + "&to=" + n).json();

        JsonObject criteria = diff.getJsonArray("files").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("path").equals(CRITERIA_DRL)).findFirst().orElseThrow();
        assertThat(criteria.getString("change")).isEqualTo("CHANGED");
        assertThat(criteria.getJsonArray("lines").stream().map(JsonValue::asJsonObject)
                .filter(l -> l.getString("op").equals("ADDED")).map(l -> l.getString("text")))
                .anySatisfy(line -> assertThat(line).contains("standingIn(List.of(\"DTSEN\"), 4)"));
        assertThat(diff.getJsonArray("files").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("path").endsWith(".drl") && !f.getString("path").equals(CRITERIA_DRL))
                .map(f -> f.getString("change"))).as("score and decision rules").containsOnly("UNCHANGED");
        assertThat(diff.getJsonArray("testCases").stream().map(JsonValue::asJsonObject)
                .filter(c -> !c.getString("change").equals("UNCHANGED")).map(c -> c.getString("name") + " " + c.getString("change")))
                .contains("Only in DTSEN at desil 3: eligible ADDED", "In DTSEN at desil 5: ineligible ADDED");
        discard(officer, n);
    }

    @Test
    void aScheduledPublicationTakesEffectAtItsTimeAndARollbackRestoresTheOldRules() throws InterruptedException {
        RuleSetApi officer = RuleSetApi.wrse(app, "kebijakan");
        RuleSetApi supervisor = RuleSetApi.wrse(app, "penyelia");
        int original = officer.inForce();
        String originalId = officer.get("").json().getString("runningVersionId");
        JsonObject draft = officer.newDraft("DTSEN from a set time");
        int n = number(draft);
        JsonObject saved = officer.changeContent(draft, "DTSEN from a set time", RuleSetApi::dtsenRegistryAndTestCases);
        Instant effective = Instant.now().plusSeconds(4);
        try {
            ApiClient.Answer approval = supervisor.post("/versions/" + n + "/approval", Json.createObjectBuilder()
                    .add("lockVersion", lockVersion(saved)).add("effectiveAt", effective.toString())
                    .add("note", "Mulai berlaku sesuai jadwal").build());
            assertThat(approval.status()).as(approval.toString()).isEqualTo(200);
            assertThat(approval.json().getString("status")).isEqualTo("PENDING");
            assertThat(officer.inForce()).as("not before its time").isEqualTo(original);
            assertThat(officer.get("").json().getJsonArray("pending")).hasSize(1);

            long waitedMillis = waitUntilInForce(officer, n, 15_000);
            assertThat(Instant.now()).isAfterOrEqualTo(effective);
            assertThat(waitedMillis).as("in force within 5 s of its effective time").isLessThan(4_000 + 5_000);
            JsonObject publication = officer.get("/history").jsonArray().getJsonObject(0);
            assertThat(publication.getString("type")).isEqualTo("PUBLICATION");
            assertThat(publication.getString("status")).isEqualTo("DONE");
            assertThat(publication.getInt("replacedVersion")).isEqualTo(original);
            assertThat(publication.getJsonNumber("lagMillis").longValue()).isLessThan(5_000);
            System.out.printf("Scheduled publication: in force %d ms after its effective time (compile %d ms)%n",
                    publication.getJsonNumber("lagMillis").longValue(), publication.getJsonNumber("compileMillis").longValue());
        } finally {
            ApiClient.Answer rollback = officer.rollBack(original, "Kembali ke aturan sebelumnya");
            assertThat(rollback.status()).as(rollback.toString()).isEqualTo(200);
        }
        assertThat(officer.inForce()).isEqualTo(original);
        assertThat(officer.get("").json().getString("runningVersionId")).isEqualTo(originalId);
        assertThat(officer.get("/versions?versionId=" + originalId).jsonArray())
                .extracting(v -> v.asJsonObject().getInt("number")).contains(original);
    }

    /** Issue 14: the payload. Policy staff may not write rule text; a technician's is refused before it runs. */
    @Test
    void ruleTextIsATechniciansChangeAndUnsafeTextNeverRuns() {
        String sexPattern = "WrseApplicant( $sex : sex, sex == Sex.F )";
        String payload = "WrseApplicant( $sex : sex, sex == Sex.F, "
                + "System.getProperty(\"user.name\").equals(\"root\") && new java.io.File(\"/etc/passwd\").canRead() )";
        RuleSetApi policy = RuleSetApi.wrse(app, "kebijakan");
        JsonObject policyDraft = policy.newDraft("Payload");
        ApiClient.Answer refused = policy.put("/drafts/" + number(policyDraft),
                saveBody(policyDraft, "Payload", editing(CRITERIA_DRL, sexPattern, payload), null));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(policy.get("/drafts/" + number(policyDraft)).json().toString()).doesNotContain("java.io.File");
        discard(policy, number(policyDraft));

        RuleSetApi technician = RuleSetApi.wrse(app, "teknis");
        JsonObject draft = technician.newDraft("Payload");
        int n = number(draft);
        int line = lineOf(fileContent(draft, CRITERIA_DRL), sexPattern);
        assertThat(technician.put("/drafts/" + n, saveBody(draft, "Payload", editing(CRITERIA_DRL, sexPattern, payload), null)).status())
                .isEqualTo(200);

        JsonObject validation = technician.post("/versions/" + n + "/validation", null).json();
        assertThat(validation.getBoolean("valid")).isFalse();
        assertThat(validation.getJsonArray("errors")).isNotEmpty().allSatisfy(e -> {
            assertThat(e.asJsonObject().getString("file")).isEqualTo(CRITERIA_DRL);
            assertThat(e.asJsonObject().getInt("line")).isEqualTo(line);
            assertThat(e.asJsonObject().getString("message")).startsWith("Refused: ");
        });
        assertThat(validation.toString()).contains("getProperty", "java.io.File");
        JsonObject run = technician.post("/versions/" + n + "/test-run", null).json();
        assertThat(run.getBoolean("compiles")).isFalse();
        assertThat(run.getJsonArray("results")).isEmpty();
        ApiClient.Answer impact = technician.post("/versions/" + n + "/impact", Json.createObjectBuilder()
                .add("from", WrseApplicants.today().minusYears(1).toString()).add("to", WrseApplicants.today().toString()).build());
        assertThat(impact.status()).isEqualTo(422);
        assertThat(impact.body()).contains("Refused: ");
        discard(technician, n);
    }

    @Test
    void aLowerLoanCeilingShowsItsImpactOnTheStoredKubpLoans() {
        RuleSetApi officer = RuleSetApi.kubp(app, "kebijakan");
        JsonObject draft = officer.newDraft("Plafon per anggota Rp 1.000.000");
        int n = number(draft);
        String csv = officer.getCsv("/versions/" + n + "/parameters").body();
        assertThat(officer.putCsv("/drafts/" + n + "/parameters?lockVersion=" + lockVersion(draft),
                csv.replace("PRINCIPAL_MAX_PER_MEMBER,10000000,", "PRINCIPAL_MAX_PER_MEMBER,1000000,")).status())
                .isEqualTo(200);
        String today = WrseApplicants.today().toString();

        JsonObject impact = officer.post("/versions/" + n + "/impact", Json.createObjectBuilder()
                .add("from", WrseApplicants.today().minusYears(3).toString()).add("to", today).build()).json();

        assertThat(impact.getBoolean("available")).isTrue();
        assertThat(impact.getInt("evaluated")).as(impact.toString()).isPositive();
        assertThat(impact.getInt("decisionsChanged")).isPositive();
        assertThat(impact.getJsonArray("changes")).allSatisfy(c -> {
            assertThat(c.asJsonObject().getString("reference")).startsWith("KUBP-");
            assertThat(c.asJsonObject().getJsonArray("differences").toString()).contains("CEILING_PER_MEMBER");
        });
        System.out.printf("Impact of a Rp 1,000,000 ceiling per member on stored KUBP loans: %d evaluated, %s%n",
                impact.getInt("evaluated"), impact.getJsonObject("transitions"));
        assertThat(officer.post("/versions/" + n + "/impact", Json.createObjectBuilder().add("from", today)
                .add("to", WrseApplicants.today().minusDays(1).toString()).build()).status()).isEqualTo(400);
        discard(officer, n);
    }

    /** A rule technician's edit of one file's text: {@code from} replaced by {@code to}. */
    private static java.util.function.Function<JsonObject, String> editing(String path, String from, String to) {
        return f -> {
            if (!f.getString("path").equals(path)) {
                return f.getString("content");
            }
            assertThat(f.getString("content")).as(path).contains(from);
            return f.getString("content").replace(from, to);
        };
    }

    private static String fileContent(JsonObject version, String path) {
        return version.getJsonArray("files").stream().map(JsonValue::asJsonObject).filter(f -> f.getString("path").equals(path))
                .findFirst().orElseThrow(() -> new AssertionError("no " + path)).getString("content");
    }

    /** The 1-based line of the first occurrence of the text. */
    private static int lineOf(String content, String text) {
        int at = content.indexOf(text);
        assertThat(at).as(text).isNotNegative();
        return (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static long waitUntilInForce(RuleSetApi api, int number, long timeoutMillis) throws InterruptedException {
        long start = System.currentTimeMillis();
        while (api.inForce() != number) {
            if (System.currentTimeMillis() - start > timeoutMillis) {
                throw new AssertionError("version " + number + " not in force after " + timeoutMillis + " ms");
            }
            Thread.sleep(100);
        }
        return System.currentTimeMillis() - start;
    }

    private static void assertUnchanged(RuleSetApi api, JsonObject before) {
        JsonObject now = api.get("").json();
        assertThat(now.getJsonObject("inForce").getInt("number")).isEqualTo(before.getJsonObject("inForce").getInt("number"));
        assertThat(now.getString("runningVersionId")).isEqualTo(before.getString("runningVersionId"));
    }

    private static void discard(RuleSetApi api, int number) {
        JsonObject draft = api.get("/drafts/" + number).json();
        assertThat(api.delete("/drafts/" + number + "?lockVersion=" + lockVersion(draft)).status()).isEqualTo(204);
    }
}
