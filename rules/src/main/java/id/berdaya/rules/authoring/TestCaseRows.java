package id.berdaya.rules.authoring;

import id.berdaya.rules.testing.RuleTestCase;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** WRSE test cases between the table policy staff edit ({@link TestCaseRow}) and the stored JSON the runner reads. */
public final class TestCaseRows {

    private TestCaseRows() {
    }

    public static RuleTestCase toTestCase(TestCaseRow row) {
        JsonObjectBuilder in = Json.createObjectBuilder()
                .add("sex", nz(row.getSex())).add("birthDate", nz(row.getBirthDate())).add("maritalStatus", nz(row.getMaritalStatus()))
                .add("applicationDate", nz(row.getApplicationDate())).add("hasBusiness", row.isHasBusiness())
                .add("mainBreadwinner", row.isMainBreadwinner()).add("priorSkillsTraining", row.isPriorSkillsTraining());
        in.add("regencyCode", row.getRegencyCode() == null ? JsonValue.NULL : Json.createValue(row.getRegencyCode()));
        in.add("businessField", row.getBusinessField() == null ? JsonValue.NULL : Json.createValue(row.getBusinessField()));
        in.add("priorWrseAidYear", row.getPriorWrseAidYear() == null ? JsonValue.NULL : Json.createValue(row.getPriorWrseAidYear()));
        JsonArrayBuilder registries = Json.createArrayBuilder();
        for (String listing : row.getRegistries()) {
            String[] parts = listing.split(":");
            JsonObjectBuilder entry = Json.createObjectBuilder().add("name", parts[0]);
            if (parts.length > 1) {
                entry.add("decile", Integer.parseInt(parts[1]));
            }
            registries.add(entry);
        }
        in.add("registries", registries).add("currentAid", Json.createArrayBuilder(row.getCurrentAid()))
                .add("circumstances", Json.createArrayBuilder(row.getCircumstances()));
        JsonObjectBuilder expected = Json.createObjectBuilder();
        if (row.getExpectedDecision() != null) {
            expected.add("decision", row.getExpectedDecision());
        }
        if (!row.getExpectedCriteria().isEmpty()) {
            JsonObjectBuilder criteria = Json.createObjectBuilder();
            row.getExpectedCriteria().forEach(criteria::add);
            expected.add("criteria", criteria);
        }
        if (row.getExpectedScore() != null) {
            expected.add("priorityScore", row.getExpectedScore());
        }
        return new RuleTestCase(row.getName(), in.build().toString(), expected.build().toString());
    }

    public static TestCaseRow toRow(RuleTestCase testCase) {
        JsonObject in = parse(testCase.getInput());
        JsonObject expected = parse(testCase.getExpected());
        TestCaseRow row = new TestCaseRow();
        row.setName(testCase.getName());
        row.setSex(string(in, "sex"));
        row.setBirthDate(string(in, "birthDate"));
        row.setMaritalStatus(string(in, "maritalStatus"));
        row.setRegencyCode(string(in, "regencyCode"));
        row.setApplicationDate(string(in, "applicationDate"));
        row.setBusinessField(string(in, "businessField"));
        row.setHasBusiness(in.getBoolean("hasBusiness", false));
        row.setMainBreadwinner(in.getBoolean("mainBreadwinner", false));
        row.setPriorSkillsTraining(in.getBoolean("priorSkillsTraining", false));
        row.setPriorWrseAidYear(in.get("priorWrseAidYear") instanceof JsonNumber n ? n.intValue() : null);
        if (in.get("registries") instanceof jakarta.json.JsonArray array) {
            array.forEach(v -> {
                JsonObject listing = v.asJsonObject();
                row.getRegistries().add(listing.getString("name") + (listing.get("decile") instanceof JsonNumber d ? ":" + d.intValue() : ""));
            });
        }
        for (String field : new String[] {"currentAid", "circumstances"}) {
            if (in.get(field) instanceof jakarta.json.JsonArray array) {
                array.forEach(v -> (field.equals("currentAid") ? row.getCurrentAid() : row.getCircumstances()).add(((JsonString) v).getString()));
            }
        }
        row.setExpectedDecision(string(expected, "decision"));
        Map<String, String> criteria = new LinkedHashMap<>();
        if (expected.get("criteria") instanceof JsonObject byCode) {
            byCode.forEach((code, outcome) -> criteria.put(code, ((JsonString) outcome).getString()));
        }
        row.setExpectedCriteria(criteria);
        row.setExpectedScore(expected.get("priorityScore") instanceof JsonNumber n ? n.intValue() : null);
        return row;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String string(JsonObject object, String field) {
        return object.get(field) instanceof JsonString s ? s.getString() : null;
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
