package id.berdaya.domain.wrse;

import id.berdaya.rules.wrse.RegistryListing;
import id.berdaya.rules.wrse.WrseApplicant;
import java.util.List;

/**
 * The facts a decision was made on, written as JSON when the decision is stored. Written by hand
 * (the domain depends on no JSON library) and only ever written: readers parse it with theirs.
 */
public final class FactsSnapshot {

    private FactsSnapshot() {
    }

    public static String of(WrseApplicant f) {
        StringBuilder json = new StringBuilder("{");
        field(json, "nik", f.getNik());
        field(json, "kkNumber", f.getKkNumber());
        field(json, "fullName", f.getFullName());
        field(json, "sex", f.getSex().name());
        field(json, "birthDate", f.getBirthDate().toString());
        field(json, "age", f.getAge());
        field(json, "maritalStatus", f.getMaritalStatus().name());
        field(json, "regencyCode", f.getRegencyCode());
        field(json, "districtCode", f.getDistrictCode());
        field(json, "applicationDate", f.getApplicationDate().toString());
        json.append("\"registries\":[");
        List<RegistryListing> registries = f.getRegistries();
        for (int i = 0; i < registries.size(); i++) {
            RegistryListing r = registries.get(i);
            json.append(i == 0 ? "{" : ",{");
            field(json, "name", r.getName());
            field(json, "decile", r.getDecile());
            json.append("\"asOf\":").append(r.getAsOf() == null ? "null" : quote(r.getAsOf().toString())).append('}');
        }
        json.append("],\"currentAid\":[");
        List<String> aid = f.getCurrentAid().stream().sorted().toList();
        for (int i = 0; i < aid.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(aid.get(i)));
        }
        json.append("],\"circumstances\":[");
        List<String> circumstances = f.getCircumstances().stream().sorted().toList();
        for (int i = 0; i < circumstances.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(circumstances.get(i)));
        }
        json.append("],");
        field(json, "priorWrseAidYear", f.getPriorWrseAidYear());
        field(json, "hasBusiness", f.isHasBusiness());
        field(json, "businessField", f.getBusinessField());
        field(json, "mainBreadwinner", f.isMainBreadwinner());
        json.append("\"priorSkillsTraining\":").append(f.isPriorSkillsTraining()).append('}');
        return json.toString();
    }

    private static void field(StringBuilder json, String name, Object value) {
        json.append(quote(name)).append(':');
        if (value == null) {
            json.append("null");
        } else if (value instanceof Number || value instanceof Boolean) {
            json.append(value);
        } else {
            json.append(quote(value.toString()));
        }
        json.append(',');
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
