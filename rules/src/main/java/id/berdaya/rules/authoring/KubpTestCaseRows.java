package id.berdaya.rules.authoring;

import id.berdaya.rules.testing.RuleTestCase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** KUBP test cases between the form policy staff edit ({@link KubpTestCaseRow}) and the stored JSON the runner reads. */
public final class KubpTestCaseRows {

    /** The term codes the KUBP rules can name, in the order the form lists them. */
    public static final List<String> VIOLATIONS = List.of("GROUP_SIZE", "GROUP_DISTRICT", "PRINCIPAL", "CEILING_PER_GROUP",
            "CEILING_PER_MEMBER", "TENOR", "GRACE", "MEMBER_SEX", "MEMBER_AGE", "MEMBER_DOMICILE", "ONE_GROUP",
            "REPEAT_ARREARS", "REPEAT_UNPAID");

    private KubpTestCaseRows() {
    }

    public static RuleTestCase toTestCase(KubpTestCaseRow row) {
        JsonObjectBuilder in = Json.createObjectBuilder()
                .add("groupDistrictCode", nz(row.getGroupDistrictCode()))
                .add("applicationDate", nz(row.getApplicationDate()))
                .add("principal", row.getPrincipal() == null ? JsonValue.NULL : Json.createValue(row.getPrincipal()))
                .add("installments", row.getInstallments() == null ? JsonValue.NULL : Json.createValue(row.getInstallments()))
                .add("graceMonths", row.getGraceMonths() == null ? 0 : row.getGraceMonths())
                .add("members", array(row.getMembersJson()))
                .add("previousLoans", array(row.getPreviousLoansJson()));
        JsonObject expected = Json.createObjectBuilder().add("approvable", row.isExpectedApprovable())
                .add("violations", Json.createArrayBuilder(row.getExpectedViolations())).build();
        return new RuleTestCase(row.getName(), in.build().toString(), expected.toString());
    }

    public static KubpTestCaseRow toRow(RuleTestCase testCase) {
        JsonObject in = parse(testCase.getInput()).asJsonObject();
        JsonObject expected = parse(testCase.getExpected()).asJsonObject();
        KubpTestCaseRow row = new KubpTestCaseRow();
        row.setName(testCase.getName());
        row.setGroupDistrictCode(in.get("groupDistrictCode") instanceof JsonString s ? s.getString() : null);
        row.setApplicationDate(in.get("applicationDate") instanceof JsonString s ? s.getString() : null);
        row.setPrincipal(in.get("principal") instanceof JsonNumber n ? n.longValue() : null);
        row.setInstallments(in.get("installments") instanceof JsonNumber n ? n.intValue() : null);
        row.setGraceMonths(in.get("graceMonths") instanceof JsonNumber n ? n.intValue() : 0);
        JsonArray members = in.get("members") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
        JsonArray loans = in.get("previousLoans") instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
        row.setMembersJson(members.toString());
        row.setPreviousLoansJson(loans.toString());
        row.setMembersSummary(summary(members, loans));
        if (expected.containsKey("approvable")) {
            row.setExpectedApprovable(expected.getBoolean("approvable"));
        }
        List<String> violations = new ArrayList<>();
        if (expected.get("violations") instanceof JsonArray a) {
            a.forEach(v -> violations.add(((JsonString) v).getString()));
        }
        row.setExpectedViolations(violations);
        return row;
    }

    /** "10 perempuan (640206), 1 laki-laki (640206); pinjaman sebelumnya: lunas, paling lama 120 hari tunggakan". */
    static String summary(JsonArray members, JsonArray loans) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonValue value : members) {
            JsonObject member = value.asJsonObject();
            String sex = member.get("sex") instanceof JsonString s && s.getString().equals("M") ? "laki-laki" : "perempuan";
            String district = member.get("districtCode") instanceof JsonString s ? " (" + s.getString() + ")" : "";
            int count = member.get("count") instanceof JsonNumber n ? n.intValue() : 1;
            counts.merge(sex + district, count, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((who, count) -> parts.add(count + " " + who));
        StringBuilder text = new StringBuilder(String.join(", ", parts));
        for (JsonValue value : loans) {
            JsonObject loan = value.asJsonObject();
            text.append("; pinjaman sebelumnya: ").append(loan.getBoolean("fullyRepaid", false) ? "lunas" : "belum lunas")
                    .append(", paling lama ").append(loan.get("maxDaysPastDue") instanceof JsonNumber n ? n.intValue() : 0)
                    .append(" hari tunggakan");
        }
        return text.toString();
    }

    private static JsonArray array(String json) {
        JsonValue value = parse(json == null || json.isBlank() ? "[]" : json);
        return value instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
