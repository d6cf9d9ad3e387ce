package id.berdaya.interfaces.rulesets.web;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/**
 * Test-case JSON as people edit it (indented) and as it is stored (compact, so that a diff shows
 * only real changes). Text that is not JSON is left as typed: saving then names the bad field.
 */
final class JsonText {

    private JsonText() {
    }

    static String pretty(String json) {
        JsonValue value = parse(json);
        if (value == null) {
            return json;
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip();
    }

    static String compact(String json) {
        JsonValue value = parse(json);
        return value == null ? json : value.toString();
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return null;
        }
    }
}
