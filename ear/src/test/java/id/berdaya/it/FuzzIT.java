package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.lang.reflect.RecordComponent;
import java.net.URL;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad values for every field of every JSON body the API reads, found by reflection on the shipped
 * resources (a new endpoint or field is fuzzed the day it is added): wrong types, nulls, huge,
 * negative and out-of-range values, control characters and injection strings. Each answer is a 400
 * in the one error body that names the field (never a 500); what is not refused by type must not
 * be a server error either. As the role that may call the endpoint.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzIT {

    private static final Map<String, String> USER_OF_ROLE = Map.of("LOAN_OFFICER", "petugas", "POLICY_STAFF", "kebijakan",
            "FINANCE_STAFF", "keuangan", "SUPERVISOR", "penyelia", "ADMIN", "admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void everyJsonFieldRefusesBadValuesWithA400NamingIt() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        int cells = 0;
        for (ApiEndpoints.Endpoint e : ApiEndpoints.discover()) {
            if (e.bodyType() == null || !e.bodyType().isRecord() || !e.consumes().startsWith("application/json")) {
                continue;
            }
            ApiClient client = ApiClient.demo(app, USER_OF_ROLE.get(e.roles() == null ? "LOAN_OFFICER" : e.roles().iterator().next()));
            for (RecordComponent field : e.bodyType().getRecordComponents()) {
                boolean multiLine = multiLine(e.bodyType(), field);
                for (Map.Entry<String, Boolean> bad : badValues(field.getType()).entrySet()) {
                    if (multiLine && bad.getKey().contains("\\r\\n")) {
                        continue; // a reason or note may span lines; the other control characters still fail
                    }
                    String body = "{\"" + field.getName() + "\":" + bad.getKey() + "}";
                    ApiClient.Answer answer = send(client, e, body);
                    String cell = e + " " + body.substring(0, Math.min(body.length(), 120)) + " → " + shorten(answer);
                    cells++;
                    soft.assertThat(answer.status()).as(cell).isNotEqualTo(500).isLessThan(500);
                    if (bad.getValue()) {
                        soft.assertThat(answer.status()).as(cell).isEqualTo(400);
                        if (answer.status() == 400) {
                            JsonObject error = answer.json();
                            soft.assertThat(error.getInt("status")).as(cell).isEqualTo(400);
                            soft.assertThat(error.getJsonArray("errors").stream()
                                    .map(v -> v.asJsonObject().getString("field")))
                                    .as(cell).anyMatch(f -> f.equals(field.getName()) || f.startsWith(field.getName() + "[")
                                            || f.startsWith(field.getName() + "."));
                        }
                    }
                }
            }
            for (String malformed : List.of("[]", "\"x\"", "123", "null", "{\"noSuchField\":1}", "{", "{\"a\":1}}")) {
                ApiClient.Answer answer = send(client, e, malformed);
                cells++;
                soft.assertThat(answer.status()).as(e + " " + malformed + " → " + shorten(answer)).isEqualTo(400);
            }
        }
        assertThat(cells).isGreaterThan(300);
        soft.assertAll();
    }

    /** As the server reads it: @MultiLineText fields and the rule sets' texts may hold line breaks. */
    private static boolean multiLine(Class<?> record, RecordComponent field) {
        boolean annotated = java.util.Arrays.stream(field.getAnnotations())
                .anyMatch(a -> a.annotationType().getSimpleName().equals("MultiLineText"));
        return annotated || record.getPackageName().startsWith("id.berdaya.interfaces.rulesets");
    }

    private static ApiClient.Answer send(ApiClient client, ApiEndpoints.Endpoint e, String body) {
        return client.send(client.request("api/" + e.path()).header("Content-Type", "application/json")
                .method(e.method(), HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String shorten(ApiClient.Answer answer) {
        String text = answer.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** JSON values for a field of this type, each with whether it must be refused as this field's error. */
    static Map<String, Boolean> badValues(Class<?> type) {
        Map<String, Boolean> values = new LinkedHashMap<>();
        String huge = "\"" + "A".repeat(100_000) + "\"";
        if (type == String.class) {
            values.put("123", true);
            values.put("true", true);
            values.put("{\"a\":1}", true);
            values.put("[\"a\"]", true);
            values.put("\"Siti\\u0000\"", true);
            values.put("\"Siti\\r\\nX-Injected: 1\"", true);
            values.put("\"Siti \\u202Eilagnab\"", true);
            values.put("\"\\u0007\"", true);
            values.put(huge, true);
            values.put("\"'; DROP TABLE app_user; --\"", false);
            values.put("\"<script>alert(1)</script>\"", false);
            values.put("\"${jndi:ldap://x/a}\"", false);
            values.put("null", false);
        } else if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            values.put("1.9", true);
            values.put("\"100\"", true);
            values.put("true", true);
            values.put("1e30", true);
            values.put("99999999999999999999999", true);
            values.put("[1]", true);
            values.put("-1", false);
            values.put("-9223372036854775808", false);
            values.put("null", false);
        } else if (type == Boolean.class || type == boolean.class) {
            values.put("\"true\"", true);
            values.put("1", true);
            values.put("null", false);
        } else if (type == LocalDate.class) {
            values.put("\"2024-13-01\"", true);
            values.put("\"2023-02-29\"", true);
            values.put("\"+999999999-12-31\"", true);
            values.put("\"-999999999-01-01\"", true);
            values.put("\"2024-01-01T00:00:00\"", true);
            values.put("\"01/02/2024\"", true);
            values.put("20240101", true);
            values.put("\"1900-01-01\"", false);
            values.put("null", false);
        } else if (type.isEnum()) {
            values.put("\"NO_SUCH_VALUE\"", true);
            values.put("0", true);
            values.put("\"\"", true);
        } else if (List.class.isAssignableFrom(type)) {
            values.put("\"x\"", true);
            values.put("{}", true);
            values.put("[" + String.join(",", java.util.Collections.nCopies(2000, "null")) + "]", false);
        }
        return values;
    }

}
