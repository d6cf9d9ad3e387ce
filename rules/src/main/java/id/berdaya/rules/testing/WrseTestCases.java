package id.berdaya.rules.testing;

import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Outcome;
import id.berdaya.rules.Sex;
import id.berdaya.rules.wrse.RegistryListing;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseDecision;
import id.berdaya.rules.wrse.WrseScreener;
import id.berdaya.rules.wrse.WrseScreeningResult;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * WRSE test cases. The input is an applicant in the shape of the screening API's request:
 * <pre>
 * {"sex": "F", "birthDate": "1985-07-05", "maritalStatus": "MARRIED", "regencyCode": "6402",
 *  "applicationDate": "2026-11-22", "registries": [{"name": "DTSEN", "decile": 3}], "currentAid": [],
 *  "hasBusiness": false, "businessField": "CULINARY", "mainBreadwinner": true, ...}
 * </pre>
 * The expected outcome names the decision, any criteria whose outcome matters and, optionally, the
 * priority score: {@code {"decision": "ELIGIBLE", "criteria": {"REGISTRY": "PASS"}, "priorityScore": 75}}.
 */
public final class WrseTestCases implements TestCaseRunner {

    private static final Set<String> INPUT_FIELDS = Set.of("nik", "kkNumber", "fullName", "sex", "birthDate",
            "maritalStatus", "regencyCode", "districtCode", "applicationDate", "registries", "currentAid",
            "circumstances", "priorWrseAidYear", "hasBusiness", "businessField", "mainBreadwinner", "priorSkillsTraining",
            // Accepted and ignored, so that a stored decision's facts snapshot reads as an input:
            // the rules derive the age from the birth and application dates.
            "age");
    private static final Set<String> EXPECTED_FIELDS = Set.of("decision", "criteria", "priorityScore");

    private final WrseScreener screener;

    public WrseTestCases(KieBase wrseRules) {
        this.screener = new WrseScreener(wrseRules);
    }

    /** The applicant a test case's input describes. @throws TestCaseFormatException naming the bad field */
    public static WrseApplicant applicant(String inputJson) {
        JsonFields in = JsonFields.parse("input", inputJson).allowOnly(INPUT_FIELDS);
        List<RegistryListing> registries = new ArrayList<>();
        for (JsonFields listing : in.objects("registries")) {
            listing.allowOnly(Set.of("name", "decile", "asOf"));
            Integer decile = listing.integer("decile");
            if (decile != null && (decile < 1 || decile > 10)) {
                throw new TestCaseFormatException(listing.pathOf("decile"), "must be 1-10");
            }
            registries.add(new RegistryListing(listing.requiredString("name"), decile, listing.date("asOf")));
        }
        WrseApplicant.Builder applicant = WrseApplicant.builder()
                .nik(in.string("nik"))
                .kkNumber(in.string("kkNumber"))
                .fullName(in.string("fullName"))
                .sex(in.requiredEnum("sex", Sex.class))
                .birthDate(in.requiredDate("birthDate"))
                .maritalStatus(in.requiredEnum("maritalStatus", MaritalStatus.class))
                .regencyCode(in.string("regencyCode"))
                .districtCode(in.string("districtCode"))
                .applicationDate(in.requiredDate("applicationDate"))
                .registries(registries)
                .currentAid(in.strings("currentAid"))
                .circumstances(in.strings("circumstances"))
                .priorWrseAidYear(in.integer("priorWrseAidYear"))
                .hasBusiness(in.flag("hasBusiness"))
                .businessField(in.string("businessField"))
                .mainBreadwinner(in.flag("mainBreadwinner"))
                .priorSkillsTraining(in.flag("priorSkillsTraining"));
        try {
            return applicant.build();
        } catch (IllegalArgumentException e) {
            throw new TestCaseFormatException("input.birthDate", e.getMessage());
        }
    }

    private record Expected(WrseDecision decision, Map<String, Outcome> criteria, Integer priorityScore) {
    }

    private static Expected expected(String expectedJson) {
        JsonFields expected = JsonFields.parse("expected", expectedJson).allowOnly(EXPECTED_FIELDS);
        Map<String, Outcome> criteria = new LinkedHashMap<>();
        if (expected.has("criteria")) {
            JsonFields byCode = expected.requiredObject("criteria");
            for (String code : byCode.object().keySet()) {
                criteria.put(code, byCode.requiredEnum(code, Outcome.class));
            }
        }
        WrseDecision decision = expected.has("decision") ? expected.requiredEnum("decision", WrseDecision.class) : null;
        if (decision == null && criteria.isEmpty() && !expected.has("priorityScore")) {
            throw new TestCaseFormatException("expected", "names nothing to check: give a decision, criteria or a priorityScore");
        }
        return new Expected(decision, criteria, expected.integer("priorityScore"));
    }

    /** Checks a case's JSON without running it. @throws TestCaseFormatException naming the bad field */
    public static void checkFormat(RuleTestCase testCase) {
        applicant(testCase.getInput());
        expected(testCase.getExpected());
    }

    @Override
    public TestCaseResult run(RuleTestCase testCase) {
        WrseApplicant applicant;
        Expected expected;
        try {
            applicant = applicant(testCase.getInput());
            expected = expected(testCase.getExpected());
        } catch (TestCaseFormatException e) {
            return TestCaseResult.failedToRun(testCase.getName(), e.getMessage());
        }
        WrseScreeningResult result;
        try {
            result = screener.screen(applicant);
        } catch (RuntimeException e) {
            return TestCaseResult.failedToRun(testCase.getName(), "The rules failed on this case: " + e.getMessage());
        }
        List<String> differences = new ArrayList<>();
        if (expected.decision() != null && expected.decision() != result.getDecision()) {
            differences.add("decision: expected " + expected.decision() + ", got " + result.getDecision());
        }
        expected.criteria().forEach((code, outcome) -> {
            Optional<CriterionResult> actual = result.criterion(code);
            if (actual.isEmpty()) {
                differences.add(code + ": expected " + outcome + ", but the rules gave no " + code + " result");
            } else if (actual.get().getOutcome() != outcome) {
                differences.add(code + ": expected " + outcome + ", got " + actual.get().getOutcome() + " ("
                        + actual.get().getReasonEn() + ")");
            }
        });
        if (expected.priorityScore() != null && expected.priorityScore() != result.getPriorityScore()) {
            differences.add("priorityScore: expected " + expected.priorityScore() + ", got " + result.getPriorityScore());
        }
        return new TestCaseResult(testCase.getName(), differences, actual(result));
    }

    /** What the rules concluded, in the shape of an expected outcome (so it can be pasted as one). */
    public static String actual(WrseScreeningResult result) {
        JsonObjectBuilder criteria = Json.createObjectBuilder();
        result.getCriteria().forEach(c -> criteria.add(c.getCode(), c.getOutcome().name()));
        return Json.createObjectBuilder()
                .add("decision", result.getDecision().name())
                .add("criteria", criteria)
                .add("priorityScore", result.getPriorityScore())
                .build().toString();
    }

    @Override
    public void close() {
        screener.close();
    }
}
