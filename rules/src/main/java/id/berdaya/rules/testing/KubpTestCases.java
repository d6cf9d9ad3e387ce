package id.berdaya.rules.testing;

import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import id.berdaya.rules.kubp.KubpLoanRequest;
import id.berdaya.rules.kubp.KubpMember;
import id.berdaya.rules.kubp.KubpTermsEvaluator;
import id.berdaya.rules.kubp.KubpTermsResult;
import id.berdaya.rules.kubp.PreviousLoan;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;

/**
 * KUBP test cases. The input is a group's loan request:
 * <pre>
 * {"groupDistrictCode": "640206", "applicationDate": "2025-03-15", "principal": 50000000,
 *  "installments": 12, "graceMonths": 1,
 *  "members": [{"nik": "6402064101800001", "sex": "F", "birthDate": "1980-01-01",
 *               "maritalStatus": "MARRIED", "districtCode": "640206", "count": 10}],
 *  "previousLoans": [{"fullyRepaid": true, "maxDaysPastDue": 0}]}
 * </pre>
 * A member's {@code count} stands for that many members alike (default 1). The expected outcome
 * says whether the request is approvable and which terms it breaks (the distinct violation codes):
 * {@code {"approvable": false, "violations": ["GROUP_SIZE"]}}.
 */
public final class KubpTestCases implements TestCaseRunner {

    private static final Set<String> INPUT_FIELDS = Set.of("groupDistrictCode", "applicationDate", "principal",
            "installments", "graceMonths", "members", "previousLoans");
    private static final Set<String> MEMBER_FIELDS = Set.of("nik", "sex", "birthDate", "maritalStatus", "districtCode",
            "hasOtherActiveLoanGroup", "count");
    private static final int MOST_MEMBERS = 500;

    private final KubpTermsEvaluator evaluator;

    public KubpTestCases(KieBase kubpRules) {
        this.evaluator = new KubpTermsEvaluator(kubpRules);
    }

    /** The loan request a test case's input describes. @throws TestCaseFormatException naming the bad field */
    public static KubpLoanRequest request(String inputJson) {
        JsonFields in = JsonFields.parse("input", inputJson).allowOnly(INPUT_FIELDS);
        List<KubpMember> members = new ArrayList<>();
        for (JsonFields member : in.objects("members")) {
            member.allowOnly(MEMBER_FIELDS);
            Integer count = member.integer("count");
            if (count != null && (count < 1 || members.size() + count > MOST_MEMBERS)) {
                throw new TestCaseFormatException(member.pathOf("count"), "must be 1 or more, and " + MOST_MEMBERS
                        + " members at most in all");
            }
            KubpMember alike = new KubpMember(member.requiredString("nik"), member.requiredEnum("sex", Sex.class),
                    member.requiredDate("birthDate"), member.requiredEnum("maritalStatus", MaritalStatus.class),
                    member.string("districtCode"), member.flag("hasOtherActiveLoanGroup"));
            for (int i = 0; i < (count == null ? 1 : count); i++) {
                members.add(alike);
            }
        }
        List<PreviousLoan> previousLoans = new ArrayList<>();
        for (JsonFields loan : in.objects("previousLoans")) {
            loan.allowOnly(Set.of("fullyRepaid", "maxDaysPastDue"));
            int daysPastDue = loan.requiredInt("maxDaysPastDue");
            if (daysPastDue < 0) {
                throw new TestCaseFormatException(loan.pathOf("maxDaysPastDue"), "cannot be negative");
            }
            previousLoans.add(new PreviousLoan(loan.flag("fullyRepaid"), daysPastDue));
        }
        return KubpLoanRequest.builder()
                .groupDistrictCode(in.requiredString("groupDistrictCode"))
                .applicationDate(in.requiredDate("applicationDate"))
                .principal(in.requiredLong("principal"))
                .installments(in.requiredInt("installments"))
                .graceMonths(in.has("graceMonths") ? in.requiredInt("graceMonths") : 0)
                .members(members)
                .previousLoans(previousLoans)
                .build();
    }

    private record Expected(Boolean approvable, Set<String> violations) {
    }

    private static Expected expected(String expectedJson) {
        JsonFields expected = JsonFields.parse("expected", expectedJson).allowOnly(Set.of("approvable", "violations"));
        Set<String> violations = expected.has("violations") ? new TreeSet<>(expected.strings("violations")) : null;
        Boolean approvable = expected.optionalFlag("approvable");
        if (approvable == null && violations == null) {
            throw new TestCaseFormatException("expected", "names nothing to check: give approvable or violations");
        }
        return new Expected(approvable, violations);
    }

    /** Checks a case's JSON without running it. @throws TestCaseFormatException naming the bad field */
    public static void checkFormat(RuleTestCase testCase) {
        request(testCase.getInput());
        expected(testCase.getExpected());
    }

    @Override
    public TestCaseResult run(RuleTestCase testCase) {
        KubpLoanRequest request;
        Expected expected;
        try {
            request = request(testCase.getInput());
            expected = expected(testCase.getExpected());
        } catch (TestCaseFormatException e) {
            return TestCaseResult.failedToRun(testCase.getName(), e.getMessage());
        }
        KubpTermsResult result;
        try {
            result = evaluator.evaluate(request);
        } catch (RuntimeException e) {
            return TestCaseResult.failedToRun(testCase.getName(), "The rules failed on this case: " + e.getMessage());
        }
        Set<String> actualCodes = codes(result);
        List<String> differences = new ArrayList<>();
        if (expected.approvable() != null && expected.approvable() != result.isApprovable()) {
            differences.add("approvable: expected " + expected.approvable() + ", got " + result.isApprovable());
        }
        if (expected.violations() != null && !expected.violations().equals(actualCodes)) {
            differences.add("violations: expected " + expected.violations() + ", got " + actualCodes);
        }
        return new TestCaseResult(testCase.getName(), differences, actual(result));
    }

    private static Set<String> codes(KubpTermsResult result) {
        Set<String> codes = new TreeSet<>();
        result.getViolations().forEach(v -> codes.add(v.getCode()));
        return codes;
    }

    /** What the rules concluded, in the shape of an expected outcome. */
    public static String actual(KubpTermsResult result) {
        JsonArrayBuilder violations = Json.createArrayBuilder();
        codes(result).forEach(violations::add);
        return Json.createObjectBuilder()
                .add("approvable", result.isApprovable())
                .add("violations", violations)
                .build().toString();
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
