package id.berdaya.crash;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The harness's HTTP client: one demo user, HTTP Basic; an I/O failure is an unanswered request. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;
    private final String authorization;

    Http(String appUrl, String user) {
        this.base = appUrl;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    record Answer(int status, String body, byte[] bytes, HttpResponse<byte[]> response) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        JsonArray array() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
        }
    }

    Answer get(String path) throws IOException {
        return send(request(path).GET());
    }

    Answer post(String path, String json) throws IOException {
        return post(path, json, null);
    }

    Answer postBytes(String path, String contentType, byte[] body) throws IOException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Answer post(String path, String json, String idempotencyKey) throws IOException {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    Answer put(String path, String json) throws IOException {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(180))
                .header("Accept", "application/json, application/pdf").header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body();
            return new Answer(response.statusCode(), new String(bytes, StandardCharsets.UTF_8), bytes, response);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
