package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Short-lived API tokens (issue 22): signing in once with HTTP Basic gives a bearer token that the
 * API takes with the same roles; an unknown, revoked or malformed token is a 401 in the one error
 * body; a token cannot make another one.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokenIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient.Answer bearer(String method, String path, String token) {
        var request = ApiClient.anonymous(app).request(path).header("Authorization", "Bearer " + token);
        return ApiClient.anonymous(app).send("DELETE".equals(method) ? request.DELETE() : request.GET());
    }

    private String tokenFor(String user) {
        ApiClient.Answer issued = ApiClient.demo(app, user).post("api/tokens", "{\"client\":\"field\"}");
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        return issued.json().getString("token");
    }

    @Test
    void aTokenFromBasicCredentialsActsAsItsUserForHours() {
        ApiClient.Answer issued = ApiClient.demo(app, "petugas").post("api/tokens", "{\"client\":\"field\"}");

        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.json().getString("username")).isEqualTo("petugas");
        assertThat(issued.json().getJsonArray("roles").getString(0)).isEqualTo("LOAN_OFFICER");
        Instant expires = Instant.parse(issued.json().getString("expiresAt"));
        assertThat(expires).isAfter(Instant.now().plusSeconds(7 * 3600)).isBefore(Instant.now().plusSeconds(9 * 3600));
        String token = issued.json().getString("token");
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);

        ApiClient.Answer me = bearer("GET", "api/me", token);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("username")).isEqualTo("petugas");
        // The roles hold as with Basic: a loan officer may not post money.
        ApiClient.Answer refused = ApiClient.anonymous(app).send(ApiClient.anonymous(app).request("api/kubp/collection-sheets/1/postings")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"rows\":[]}")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    }

    @Test
    void anUnknownOrRevokedTokenIsRefusedWithTheOneErrorBody() {
        ApiClient.Answer unknown = bearer("GET", "api/me", "no-such-token-0123456789abcdefghijklmnopqrstuv");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().getInt("status")).isEqualTo(401);
        assertThat(unknown.json().getString("message")).contains("sign in again");
        assertThat(unknown.json().getJsonArray("errors")).isEmpty();
        assertThat(unknown.header("WWW-Authenticate")).startsWith("Bearer");

        String token = tokenFor("keuangan");
        assertThat(bearer("GET", "api/me", token).status()).isEqualTo(200);
        assertThat(bearer("DELETE", "api/tokens/current", token).status()).isEqualTo(204);
        ApiClient.Answer revoked = bearer("GET", "api/me", token);
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().getInt("status")).isEqualTo(401);

        assertThat(bearer("GET", "api/me", "").status()).isEqualTo(401);
    }

    @Test
    void aTokenCannotMakeAnotherOneAndAWrongPasswordGetsNone() {
        String token = tokenFor("penyelia");
        ApiClient.Answer chained = ApiClient.anonymous(app).send(ApiClient.anonymous(app).request("api/tokens")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(chained.status()).as(chained.toString()).isEqualTo(401);
        assertThat(chained.json().getInt("status")).isEqualTo(401);

        ApiClient.Answer wrong = ApiClient.as(app, "kebijakan", "not-the-password").post("api/tokens", "{}");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().getInt("status")).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain("token\":");
    }
}
