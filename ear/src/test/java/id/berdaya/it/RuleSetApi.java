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

/**
 * The rule-set API as the rule-set tests use it: one demo user's calls on the WRSE rule set, and the
 * texts of the acceptance scenario (Inpres 4/2025: REGISTRY becomes "listed in DTSEN with desil 1-4").
 */
final class RuleSetApi {

    static final String WRSE = "api/rulesets/wrse-eligibility";
    static final String KUBP = "api/rulesets/kubp-terms";
    static final String REGISTRY_DRL = "id/berdaya/rules/wrse/registry.drl";
    static final String WRSE_PARAMETERS = "id/berdaya/rules/wrse/parameters.csv";

    /** The REGISTRY rule a policy officer writes when DTSEN replaces DTKS and P3KE. */
    static final String DTSEN_REGISTRY = """
            package id.berdaya.rules.wrse;

            import id.berdaya.rules.CriterionResult;

            // REGISTRY (Inpres 4/2025): DTSEN replaces DTKS and P3KE; desil 1-4 qualifies.
            rule "REGISTRY: listed in DTSEN with desil 1-4"
            when
                $applicant : WrseApplicant()
            then
                RegistryListing dtsen = $applicant.listingIn("DTSEN");
                if (dtsen != null && dtsen.getDecile() != null && dtsen.getDecile() <= 4) {
                    insert(CriterionResult.pass("REGISTRY",
                        "Terdaftar di DTSEN desil " + dtsen.getDecile() + "; batas desil 1–4",
                        "Listed in DTSEN at decile " + dtsen.getDecile() + "; the limit is decile 1–4"));
                } else if (dtsen != null) {
                    insert(CriterionResult.fail("REGISTRY",
                        "Terdaftar di DTSEN desil " + dtsen.getDecile() + ", di luar batas desil 1–4",
                        "Listed in DTSEN at decile " + dtsen.getDecile() + ", outside the limit of decile 1–4"));
                } else {
                    insert(CriterionResult.fail("REGISTRY", "Tidak terdaftar di DTSEN", "Not listed in DTSEN"));
                }
            end
            """;

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

    /**
     * The shipped test cases adapted to the DTSEN rule, as the policy officer of the scenario does:
     * the one that expected a DTKS-only applicant to need review now expects her to be ineligible,
     * and two cases for the new rule are added.
     */
    static JsonArray dtsenTestCases(JsonObject draft) {
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (JsonValue value : draft.getJsonArray("testCases")) {
            JsonObject testCase = value.asJsonObject();
            if (testCase.getString("name").startsWith("Only in DTKS")) {
                cases.add(testCase("Only in DTKS, not in DTSEN: ineligible", testCase.getJsonObject("input"),
                        "INELIGIBLE", "FAIL"));
            } else {
                cases.add(testCase);
            }
        }
        cases.add(testCase("Only in DTSEN at desil 3: eligible", applicant(listings("DTSEN", 3)), "ELIGIBLE", "PASS"));
        cases.add(testCase("In DTSEN at desil 5: ineligible", applicant(listings("DTSEN", 5)), "INELIGIBLE", "FAIL"));
        return cases.build();
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
