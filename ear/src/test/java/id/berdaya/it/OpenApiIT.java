package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API's contract as another agency's developer reads it: the OpenAPI document at /openapi lists
 * the endpoints the field app and gateways call, each with its parameters and answers, and every
 * operation's errors point at the one error body, whose fields are the ones an error answer carries.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void theDocumentListsTheEndpointsWithBasicAuthentication() {
        JsonObject document = document();
        assertThat(document.getString("openapi")).startsWith("3.");
        assertThat(document.getJsonObject("info").getString("title")).isEqualTo("Berdaya API");
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("basic")
                .getString("scheme")).isEqualTo("basic");
        List<String> paths = new ArrayList<>(document.getJsonObject("paths").keySet());
        assertThat(paths).anyMatch(p -> p.endsWith("/api/wrse/applications"))
                .anyMatch(p -> p.endsWith("/api/wrse/screenings"))
                .anyMatch(p -> p.matches(".*/api/kubp/loans/\\{[^}]+}/repayments"))
                .anyMatch(p -> p.matches(".*/api/registries/\\{[^}]+}/extracts"))
                .anyMatch(p -> p.endsWith("/api/me"));
        JsonObject screening = operation(document, "/api/wrse/screenings", "post");
        assertThat(screening.getJsonObject("requestBody").getJsonObject("content")).containsKey("application/json");
    }

    @Test
    void everyOperationAnswersItsErrorsWithTheOneErrorBody() {
        JsonObject document = document();
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                JsonObject responses = op.getValue().asJsonObject().getJsonObject("responses");
                for (String status : List.of("400", "401", "403", "404", "default")) {
                    assertThat(responses).as(op.getKey() + " " + path.getKey()).containsKey(status);
                    assertThat(responses.getJsonObject(status).getJsonObject("content").getJsonObject("application/json")
                            .getJsonObject("schema").getString("$ref")).as(op.getKey() + " " + path.getKey() + " " + status)
                            .isEqualTo("#/components/schemas/ApiError");
                }
            }
        }
        assertThat(operations).as("operations in the document").isGreaterThan(50);
    }

    @Test
    void theErrorBodySchemaIsWhatAnErrorAnswerCarries() {
        JsonObject schema = document().getJsonObject("components").getJsonObject("schemas").getJsonObject("ApiError");
        assertThat(schema.getJsonObject("properties").keySet()).contains("status", "message", "errors", "reasons");

        ApiClient.Answer bad = ApiClient.demo(app, "petugas").post("api/wrse/screenings", "{\"nik\": 12}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(schema.getJsonObject("properties").keySet()).containsAll(bad.json().keySet());
        JsonObject fieldError = schema.getJsonObject("properties").getJsonObject("errors").getJsonObject("items");
        assertThat(fieldError.getJsonObject("properties").keySet())
                .containsAll(bad.json().getJsonArray("errors").getJsonObject(0).keySet());
    }

    private JsonObject operation(JsonObject document, String pathEnd, String method) {
        return document.getJsonObject("paths").entrySet().stream().filter(e -> e.getKey().endsWith(pathEnd)).findFirst()
                .orElseThrow().getValue().asJsonObject().getJsonObject(method);
    }

    private JsonObject document() {
        ApiClient.Answer answer = ApiClient.anonymous(app).send(ApiClient.anonymous(app).request("../openapi?format=JSON")
                .header("Accept", "application/json").GET());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
