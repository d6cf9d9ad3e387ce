package id.berdaya.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * WRSE applicants for the API tests. Each one gets a NIK of her own (the serial is unique within
 * the run, the birth date random), so tests arrange their own data and never meet on "one open
 * application per NIK per year". The default applicant is eligible with priority score 75.
 */
final class WrseApplicants {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000, 5000));

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private LocalDate birthDate;
    private String sex = "F";
    private final int serial = SERIAL.incrementAndGet();

    private WrseApplicants() {
        birthDate = LocalDate.of(ThreadLocalRandom.current().nextInt(1970, 2000), ThreadLocalRandom.current().nextInt(1, 13),
                ThreadLocalRandom.current().nextInt(1, 29));
        fields.put("kkNumber", "6402051203150007");
        fields.put("fullName", "Siti Aminah");
        fields.put("maritalStatus", "MARRIED");
        fields.put("regencyCode", "6402");
        fields.put("districtCode", "640205");
        fields.put("applicationDate", today().toString());
        fields.put("registries", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "DTKS"))
                .add(Json.createObjectBuilder().add("name", "P3KE").add("decile", 1)).build());
        fields.put("currentAid", JsonValue.EMPTY_JSON_ARRAY);
        fields.put("priorWrseAidYear", JsonValue.NULL);
        fields.put("hasBusiness", false);
        fields.put("businessField", "CULINARY");
        fields.put("mainBreadwinner", true);
        fields.put("priorSkillsTraining", false);
    }

    /** Eligible, score 75: no business (30), P3KE decile 1 (25), main breadwinner (20). */
    static WrseApplicants eligible() {
        return new WrseApplicants();
    }

    /** Today in East Kalimantan (WITA), as the server judges "the future". */
    static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Makassar"));
    }

    WrseApplicants born(LocalDate date) {
        this.birthDate = date;
        return this;
    }

    WrseApplicants man() {
        this.sex = "M";
        return this;
    }

    WrseApplicants set(String field, Object value) {
        fields.put(field, value == null ? JsonValue.NULL : value);
        return this;
    }

    WrseApplicants without(String field) {
        fields.put(field, null);
        return this;
    }

    WrseApplicants registries(String... namesWithDecile) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String entry : namesWithDecile) {
            String[] parts = entry.split(":");
            JsonObjectBuilder registry = Json.createObjectBuilder().add("name", parts[0]);
            if (parts.length > 1) {
                registry.add("decile", Integer.parseInt(parts[1]));
            }
            array.add(registry);
        }
        return set("registries", array.build());
    }

    WrseApplicants aid(String... codes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (String code : codes) {
            array.add(code);
        }
        return set("currentAid", array.build());
    }

    /** The NIK that agrees with her birth date and sex: the day + 40 for a woman. */
    String nik() {
        return String.format("640205%02d%02d%02d%04d", birthDate.getDayOfMonth() + ("F".equals(sex) ? 40 : 0),
                birthDate.getMonthValue(), birthDate.getYear() % 100, serial);
    }

    LocalDate birthDate() {
        return birthDate;
    }

    String json() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("nik", nik()).add("sex", sex)
                .add("birthDate", birthDate.toString());
        fields.forEach((name, value) -> {
            if (value == null) {
                json.remove(name);
            } else if (value instanceof JsonValue v) {
                json.add(name, v);
            } else if (value instanceof Boolean b) {
                json.add(name, b);
            } else if (value instanceof Integer i) {
                json.add(name, i);
            } else {
                json.add(name, value.toString());
            }
        });
        return json.build().toString();
    }

    /** The decision's criteria by code, as "OUTCOME". */
    static Map<String, String> outcomes(JsonObject decision) {
        Map<String, String> outcomes = new LinkedHashMap<>();
        decision.getJsonArray("criteria").forEach(c -> outcomes.put(c.asJsonObject().getString("code"),
                c.asJsonObject().getString("outcome")));
        return outcomes;
    }

    static JsonObject criterion(JsonObject decision, String code) {
        return decision.getJsonArray("criteria").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
