package id.berdaya.rules.testing;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rule set's test cases as one JSON file ({@code test-cases.json} beside the shipped DRL): an
 * array of {@code {"name": …, "input": {…}, "expected": {…}}}.
 */
public final class TestCaseFiles {

    public static final String FILE_NAME = "test-cases.json";

    private TestCaseFiles() {
    }

    /** @throws TestCaseFormatException naming the bad case and field */
    public static List<RuleTestCase> parse(String json) {
        JsonArray array = JsonFields.parseArray("testCases", json);
        List<RuleTestCase> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "testCases[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new TestCaseFormatException(path, "must be a JSON object");
            }
            JsonFields item = JsonFields.of(path, array.get(i).asJsonObject()).allowOnly(Set.of("name", "input", "expected"));
            String name = item.requiredString("name");
            if (!names.add(name)) {
                throw new TestCaseFormatException(item.pathOf("name"), "'" + name + "' names two cases");
            }
            cases.add(new RuleTestCase(name, item.requiredObject("input").object().toString(),
                    item.requiredObject("expected").object().toString()));
        }
        return List.copyOf(cases);
    }
}
