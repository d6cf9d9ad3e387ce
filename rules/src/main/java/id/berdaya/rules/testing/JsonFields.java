package id.berdaya.rules.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typed, named access to one JSON object of a test case. Every problem names the field by its path
 * ({@code input.members[2].birthDate}), and an unknown field is a problem too: a typo in a test case
 * would otherwise silently test something else.
 */
final class JsonFields {

    private final String path;
    private final JsonObject object;

    private JsonFields(String path, JsonObject object) {
        this.path = path;
        this.object = object;
    }

    static JsonFields parse(String path, String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new TestCaseFormatException(path, "must be a JSON object");
            }
            return new JsonFields(path, value.asJsonObject());
        } catch (JsonException | IllegalStateException e) {
            throw new TestCaseFormatException(path, "is not valid JSON (" + e.getMessage() + ")");
        }
    }

    static JsonArray parseArray(String path, String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new TestCaseFormatException(path, "is not a valid JSON array (" + e.getMessage() + ")");
        }
    }

    static JsonFields of(String path, JsonObject object) {
        return new JsonFields(path, object);
    }

    String path() {
        return path;
    }

    String pathOf(String field) {
        return path + "." + field;
    }

    JsonObject object() {
        return object;
    }

    JsonFields allowOnly(Set<String> fields) {
        for (String key : object.keySet()) {
            if (!fields.contains(key)) {
                throw new TestCaseFormatException(pathOf(key), "unknown field; known fields are " + fields.stream().sorted().toList());
            }
        }
        return this;
    }

    boolean has(String field) {
        return object.containsKey(field) && !object.isNull(field);
    }

    String string(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue value = object.get(field);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new TestCaseFormatException(pathOf(field), "must be a string");
    }

    String requiredString(String field) {
        String value = string(field);
        if (value == null || value.isBlank()) {
            throw new TestCaseFormatException(pathOf(field), "is required");
        }
        return value;
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        String value = requiredString(field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new TestCaseFormatException(pathOf(field), "'" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    LocalDate requiredDate(String field) {
        String value = requiredString(field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TestCaseFormatException(pathOf(field), "'" + value + "' is not a date in the form YYYY-MM-DD");
        }
    }

    LocalDate date(String field) {
        return has(field) ? requiredDate(field) : null;
    }

    Integer integer(String field) {
        if (!has(field)) {
            return null;
        }
        JsonValue value = object.get(field);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw new TestCaseFormatException(pathOf(field), "is too large");
            }
        }
        throw new TestCaseFormatException(pathOf(field), "must be a whole number");
    }

    long requiredLong(String field) {
        if (!has(field)) {
            throw new TestCaseFormatException(pathOf(field), "is required");
        }
        JsonValue value = object.get(field);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                throw new TestCaseFormatException(pathOf(field), "is too large");
            }
        }
        throw new TestCaseFormatException(pathOf(field), "must be a whole number");
    }

    int requiredInt(String field) {
        Integer value = integer(field);
        if (value == null) {
            throw new TestCaseFormatException(pathOf(field), "is required");
        }
        return value;
    }

    boolean flag(String field) {
        if (!has(field)) {
            return false;
        }
        JsonValue value = object.get(field);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new TestCaseFormatException(pathOf(field), "must be true or false");
    }

    Boolean optionalFlag(String field) {
        return has(field) ? flag(field) : null;
    }

    List<String> strings(String field) {
        List<String> items = new ArrayList<>();
        JsonArray array = array(field);
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString text)) {
                throw new TestCaseFormatException(pathOf(field) + "[" + i + "]", "must be a string");
            }
            items.add(text.getString());
        }
        return items;
    }

    /** The objects of an array field, each with its own path; an absent field is an empty array. */
    List<JsonFields> objects(String field) {
        List<JsonFields> items = new ArrayList<>();
        JsonArray array = array(field);
        for (int i = 0; i < array.size(); i++) {
            String itemPath = pathOf(field) + "[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new TestCaseFormatException(itemPath, "must be a JSON object");
            }
            items.add(new JsonFields(itemPath, array.get(i).asJsonObject()));
        }
        return items;
    }

    JsonFields requiredObject(String field) {
        if (!has(field) || object.get(field).getValueType() != JsonValue.ValueType.OBJECT) {
            throw new TestCaseFormatException(pathOf(field), "must be a JSON object");
        }
        return new JsonFields(pathOf(field), object.getJsonObject(field));
    }

    private JsonArray array(String field) {
        if (!has(field)) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (object.get(field).getValueType() != JsonValue.ValueType.ARRAY) {
            throw new TestCaseFormatException(pathOf(field), "must be a JSON array");
        }
        return object.getJsonArray(field);
    }
}
