package id.berdaya.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The rule-set API as the rule-set tests use it: one demo user's calls on the WRSE rule set, the
 * structured content as the authoring forms edit it, and the acceptance scenario (Inpres 4/2025: REGISTRY
 * becomes "listed in DTSEN with desil 1-4") made as policy staff make it, in rows and values.
 */
final class RuleSetApi {

    static final String WRSE = "api/rulesets/wrse-eligibility";
    static final String KUBP = "api/rulesets/kubp-terms";
    /** The WRSE criteria generated from the structured content: what a rule technician may still edit as text. */
    static final String CRITERIA_DRL = "id/berdaya/rules/wrse/criteria.drl";

    /** A pattern of the generated criteria (the AGE pass rule) and the same pattern left open: a typo. */
    static final String AGE_PATTERN = "WrseApplicant( $age : age, age >= 18, age <= 59 )";
    static final String AGE_PATTERN_LEFT_OPEN = "WrseApplicant( $age : age, age >= 18, age <= 59";

    private final ApiClient client;
    private final String ruleSet;
    private final URL app;
    private final String user;

    private RuleSetApi(URL app, String user, String ruleSet) {
        this.client = ApiClient.demo(app, user);
        this.ruleSet = ruleSet;
        this.app = app;
        this.user = user;
    }

    static RuleSetApi wrse(URL app, String user) {
        return new RuleSetApi(app, user, WRSE);
    }

    static RuleSetApi kubp(URL app, String user) {
        return new RuleSetApi(app, user, KUBP);
    }

    ApiClient.Answer get(String path) {
        return client.get(ruleSet + path);
    }

    ApiClient.Answer post(String path, JsonValue body) {
        return client.post(ruleSet + path, body == null ? null : body.toString());
    }

    ApiClient.Answer put(String path, JsonValue body) {
        return client.put(ruleSet + path, body.toString());
    }

    ApiClient.Answer getCsv(String path) {
        return client.send(client.request(ruleSet + path).setHeader("Accept", "text/csv").GET());
    }

    ApiClient.Answer putCsv(String path, String csv) {
        return client.send(client.request(ruleSet + path).header("Content-Type", "text/csv")
                .PUT(HttpRequest.BodyPublishers.ofString(csv)));
    }

    ApiClient.Answer delete(String path) {
        return client.send(client.request(ruleSet + path).DELETE());
    }

    /** A new draft from the version in force; fails the test unless created. */
    JsonObject newDraft(String reason) {
        ApiClient.Answer answer = post("/drafts", Json.createObjectBuilder().add("reason", reason).build());
        if (answer.status() != 201) {
            throw new AssertionError("draft not created: " + answer);
        }
        return answer.json();
    }

    static int number(JsonObject version) {
        return version.getJsonObject("version").getInt("number");
    }

    static long lockVersion(JsonObject version) {
        return version.getJsonObject("version").getJsonNumber("lockVersion").longValue();
    }

    /** The draft as loaded, changed: files through {@code editFile(path → content)}, test cases replaced if given. */
    static JsonObject saveBody(JsonObject draft, String reason, Function<JsonObject, String> editFile, JsonArray testCases) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (JsonValue file : draft.getJsonArray("files")) {
            JsonObject f = file.asJsonObject();
            files.add(Json.createObjectBuilder().add("path", f.getString("path")).add("content", editFile.apply(f)));
        }
        return Json.createObjectBuilder().add("lockVersion", lockVersion(draft)).add("reason", reason).add("files", files)
                .add("testCases", testCases == null ? draft.getJsonArray("testCases") : testCases).build();
    }

    static Function<JsonObject, String> replacing(String path, String content) {
        return f -> f.getString("path").equals(path) ? content : f.getString("content");
    }

    /** The draft's structured content as the authoring forms show it. */
    JsonObject content(int number) {
        ApiClient.Answer answer = get("/drafts/" + number + "/content");
        if (answer.status() != 200) {
            throw new AssertionError("no content: " + answer);
        }
        return answer.json();
    }

    /** Saves a draft's structured content (the code generates its rule files). */
    ApiClient.Answer saveContent(int number, long lockVersion, String reason, JsonObject content) {
        return put("/drafts/" + number + "/content", Json.createObjectBuilder().add("lockVersion", lockVersion)
                .add("reason", reason).add("content", content).build());
    }

    /** Saves the content changed as given; fails the test unless saved. The answer is the saved version. */
    JsonObject changeContent(JsonObject draft, String reason, UnaryOperator<JsonObject> change) {
        int n = number(draft);
        ApiClient.Answer saved = saveContent(n, lockVersion(draft), reason, change.apply(content(n)));
        if (saved.status() != 200) {
            throw new AssertionError("content not saved: " + saved);
        }
        return saved.json();
    }

    /** The rows of one array of the content with the row of this code (or name) changed. */
    static JsonObject withRow(JsonObject content, String array, String key, String value, UnaryOperator<JsonObject> change) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        boolean found = false;
        for (JsonValue row : content.getJsonArray(array)) {
            JsonObject r = row.asJsonObject();
            boolean match = value.equals(r.getString(key, null));
            found |= match;
            rows.add(match ? change.apply(r) : r);
        }
        if (!found) {
            throw new AssertionError("no " + array + " row with " + key + " " + value + " in " + content);
        }
        return Json.createObjectBuilder(content).add(array, rows).build();
    }

    /** The content with a row more at the end of one of its arrays. */
    static JsonObject withAddedRow(JsonObject content, String array, JsonObject row) {
        return Json.createObjectBuilder(content).add(array, Json.createArrayBuilder(content.getJsonArray(array)).add(row)).build();
    }

    /** A criterion row's arguments replaced. */
    static UnaryOperator<JsonObject> arguments(String... namesAndValues) {
        JsonObjectBuilder arguments = Json.createObjectBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        JsonObject built = arguments.build();
        return row -> Json.createObjectBuilder(row).add("arguments", built).build();
    }

    /** A reason row's texts replaced. */
    static UnaryOperator<JsonObject> texts(String indonesian, String english) {
        return row -> Json.createObjectBuilder(row).add("textId", indonesian).add("textEn", english).build();
    }

    /**
     * Inpres 4/2025 as a policy officer enters it: the REGISTRY row becomes "listed in DTSEN with desil at
     * most 4", and its reasons say so.
     */
    static JsonObject dtsenRegistry(JsonObject content) {
        JsonObject changed = withRow(content, "criteria", "code", "REGISTRY", arguments("registries", "DTSEN", "maxDecile", "4", "partly", "REVIEW"));
        changed = withRow(changed, "reasons", "key", "REGISTRY.PASS", texts("Terdaftar di {listed}; batas desil 1–4", "Listed in {listed}; the limit is decile 1–4"));
        return withRow(changed, "reasons", "key", "REGISTRY.NONE", texts("Tidak terdaftar di {missing}", "Not listed in {missing}"));
    }

    /**
     * The DTSEN registry with the shipped test cases adapted as the policy officer of the scenario does: the
     * one that expected a DTKS-only applicant to need review now expects her to be ineligible, and two cases
     * for the new rule are added.
     */
    static JsonObject dtsenRegistryAndTestCases(JsonObject content) {
        JsonObject dtksOnly = content.getJsonArray("testCases").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("name").startsWith("Only in DTKS")).findFirst().orElseThrow();
        JsonObject changed = withRow(dtsenRegistry(content), "testCases", "name", dtksOnly.getString("name"),
                t -> testCaseRow(t, "Only in DTKS, not in DTSEN: ineligible", t.getJsonArray("registries"), "INELIGIBLE", "FAIL"));
        changed = withAddedRow(changed, "testCases", testCaseRow(dtksOnly, "Only in DTSEN at desil 3: eligible",
                Json.createArrayBuilder().add("DTSEN:3").build(), "ELIGIBLE", "PASS"));
        return withAddedRow(changed, "testCases", testCaseRow(dtksOnly, "In DTSEN at desil 5: ineligible",
                Json.createArrayBuilder().add("DTSEN:5").build(), "INELIGIBLE", "FAIL"));
    }

    /** A test-case row like {@code like} with another name, registries and expected decision and REGISTRY outcome. */
    static JsonObject testCaseRow(JsonObject like, String name, JsonArray registries, String decision, String registryOutcome) {
        JsonObjectBuilder row = Json.createObjectBuilder(like).add("name", name).add("registries", registries)
                .add("expectedDecision", decision).add("expectedCriteria", Json.createObjectBuilder().add("REGISTRY", registryOutcome));
        row.remove("expectedScore");
        return row.build();
    }

    /** An applicant who passes every default criterion but the registries, listed as given. */
    static JsonObject applicant(JsonArray registries) {
        return Json.createObjectBuilder()
                .add("nik", "6402054507850001").add("fullName", "Siti Aminah").add("sex", "F")
                .add("birthDate", "1985-07-05").add("maritalStatus", "MARRIED").add("regencyCode", "6402")
                .add("districtCode", "640205").add("applicationDate", "2026-11-22").add("registries", registries)
                .add("currentAid", Json.createArrayBuilder()).add("hasBusiness", false).add("businessField", "CULINARY")
                .add("mainBreadwinner", true).add("priorSkillsTraining", false).build();
    }

    static JsonArray listings(String name, Integer decile) {
        JsonObjectBuilder listing = Json.createObjectBuilder().add("name", name);
        if (decile != null) {
            listing.add("decile", decile);
        }
        return Json.createArrayBuilder().add(listing).build();
    }

    static JsonObject testCase(String name, JsonObject input, String decision, String registryOutcome) {
        return Json.createObjectBuilder().add("name", name).add("input", input)
                .add("expected", Json.createObjectBuilder().add("decision", decision)
                        .add("criteria", Json.createObjectBuilder().add("REGISTRY", registryOutcome)))
                .build();
    }

    static JsonObject approval(long lockVersion) {
        return Json.createObjectBuilder().add("lockVersion", lockVersion).build();
    }

    static JsonObject rollback(String reason) {
        return Json.createObjectBuilder().add("reason", reason).build();
    }

    /**
     * Puts {@code original} back into force if a test left another version there, so that the tests
     * that run after it (in the same server) meet the rules they expect.
     */
    void restore(int original) {
        if (inForce() != original) {
            ApiClient.Answer rollback = rollBack(original, "Test clean-up");
            if (rollback.status() != 200) {
                throw new AssertionError("could not restore version " + original + ": " + rollback);
            }
        }
    }

    /**
     * A rollback by two people: this user requests it, a second one (the supervisor, or the policy
     * officer when this user is the supervisor) approves it. The answer is the approval's.
     */
    ApiClient.Answer rollBack(int number, String reason) {
        ApiClient.Answer request = post("/versions/" + number + "/rollback", rollback(reason));
        if (request.status() != 200) {
            return request;
        }
        RuleSetApi second = new RuleSetApi(app, "penyelia".equals(user) ? "kebijakan" : "penyelia", ruleSet);
        return second.post("/rollbacks/" + request.json().getJsonNumber("id").longValue() + "/approval",
                Json.createObjectBuilder().build());
    }

    /** The number of the version in force. */
    int inForce() {
        return get("").json().getJsonObject("inForce").getInt("number");
    }
}
