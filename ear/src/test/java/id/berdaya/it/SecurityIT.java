package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may do what: no login is 401 (API) or the login page (UI); a wrong role is 403. */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void apiWithoutLoginAsksForBasicCredentials() {
        ApiClient.Answer answer = ApiClient.anonymous(app).get("api/me");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void apiWithWrongPasswordIsRefused() {
        assertThat(ApiClient.as(app, "petugas", "not-the-password").get("api/me").status()).isEqualTo(401);
        assertThat(ApiClient.as(app, "nobody", "demo").get("api/me").status()).isEqualTo(401);
    }

    @Test
    void loggedInStaffSeeTheirOwnAccountAndRoles() {
        ApiClient.Answer answer = ApiClient.demo(app, "petugas").get("api/me");
        assertThat(answer.status()).isEqualTo(200);
        JsonObject me = answer.json();
        assertThat(me.getString("username")).isEqualTo("petugas");
        assertThat(me.getString("fullName")).isEqualTo("Rina Wulandari");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("LOAN_OFFICER");
    }

    @Test
    void staffAccountsAreForAdministratorsOnly() {
        assertThat(ApiClient.demo(app, "petugas").get("api/admin/users").status()).isEqualTo(403);
        assertThat(ApiClient.demo(app, "penyelia").get("api/admin/users").status()).isEqualTo(403);

        ApiClient.Answer answer = ApiClient.demo(app, "admin").get("api/admin/users");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.jsonArray().stream().map(u -> u.asJsonObject().getString("username")))
                .contains("admin", "petugas", "kebijakan", "keuangan", "penyelia");
        // No password and no hash; the flag "mustChangePassword" (she chooses her own at her next login) is no secret.
        assertThat(answer.body()).doesNotContain("password").doesNotContain("PBKDF2");
    }

    @Test
    void pagesWithoutLoginGoToTheLoginPage() {
        ApiClient.Answer answer = ApiClient.anonymous(app).get("index.xhtml");
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).endsWith("/berdaya/login.xhtml");

        ApiClient.Answer login = ApiClient.anonymous(app).get("login.xhtml");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("Kata sandi");
    }

    @Test
    void serverReportsReadyOnTheManagementInterface() throws Exception {
        URL health = new URL("http://127.0.0.1:" + Integer.getInteger("it.management.port", 9990) + "/health/");
        ApiClient.Answer answer = ApiClient.anonymous(health).get("ready");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getString("status")).isEqualTo("UP");
    }

    @Test
    void regionReferenceDataComesFromTheMigrations() {
        ApiClient.Answer regencies = ApiClient.demo(app, "keuangan").get("api/regions");
        assertThat(regencies.status()).isEqualTo(200);
        assertThat(regencies.jsonArray()).hasSize(10);

        ApiClient.Answer districts = ApiClient.demo(app, "keuangan").get("api/regions/6402/districts");
        assertThat(districts.jsonArray()).hasSize(20);
        assertThat(districts.body()).contains("Kota Bangun Darat", "Samboja Barat");
    }
}
