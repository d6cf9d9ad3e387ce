package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, user administration over the API: an administrator adds a member of staff who can then
 * log in with her roles, changes her roles, sets a new password (the old one stops working) and
 * disables her (she can no longer log in); each change is in the account's history, bad values are a
 * 400 naming the field with nothing saved, and the administrator cannot lock the office out.
 */
@ExtendWith(ArquillianExtension.class)
class StaffAccountIT {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String PASSWORD = "Tenggarong-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient admin() {
        return ApiClient.demo(app, "admin");
    }

    /** A username no other test uses. */
    private static String fresh() {
        return "staf" + System.nanoTime() % 1_000_000 + "." + NEXT.incrementAndGet();
    }

    private static JsonObjectBuilder newUser(String username, String... roles) {
        return Json.createObjectBuilder().add("username", username).add("fullName", "Siti Aminah, S.Sos.")
                .add("nip", "198801012015032001").add("regencyCode", "6402")
                .add("roles", Json.createArrayBuilder(List.of(roles))).add("password", PASSWORD);
    }

    @Test
    void anAdministratorAddsAnOfficerWhoThenWorksWithHerRole() {
        String username = fresh();
        ApiClient.Answer created = admin().post("api/admin/users", newUser(username, "LOAN_OFFICER").build().toString());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("username")).isEqualTo(username);
        assertThat(created.json().getJsonArray("roles").getString(0)).isEqualTo("LOAN_OFFICER");
        assertThat(created.body()).doesNotContain(PASSWORD).doesNotContain("PBKDF2");
        assertThat(created.json().getBoolean("mustChangePassword")).as("she chooses her own at her first page login").isTrue();

        ApiClient her = ApiClient.as(app, username, PASSWORD);
        ApiClient.Answer me = her.get("api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.body()).contains(username, "LOAN_OFFICER");
        assertThat(her.get("api/admin/users").status()).isEqualTo(403);

        JsonObject detail = admin().get("api/admin/users/" + username).json();
        assertThat(detail.getJsonArray("history").getJsonObject(0).getString("kind")).isEqualTo("CREATED");
        assertThat(detail.getJsonArray("history").getJsonObject(0).getString("changedBy")).isEqualTo("admin");
    }

    @Test
    void newRolesANewPasswordAndDisablingTakeEffectAndAreInTheHistory() {
        String username = fresh();
        assertThat(admin().post("api/admin/users", newUser(username, "LOAN_OFFICER").build().toString()).status()).isEqualTo(201);
        ApiClient her = ApiClient.as(app, username, PASSWORD);
        assertThat(her.get("api/me").status()).isEqualTo(200);

        long version = version(username);
        ApiClient.Answer changed = admin().put("api/admin/users/" + username, Json.createObjectBuilder().add("version", version)
                .add("fullName", "Siti Aminah, S.Sos.").add("nip", "198801012015032001").add("regencyCode", "6402")
                .add("roles", Json.createArrayBuilder(List.of("LOAN_OFFICER", "SUPERVISOR"))).build().toString());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("LOAN_OFFICER", "SUPERVISOR");
        assertThat(her.get("api/me").body()).contains("SUPERVISOR");

        // An old version is refused: another administrator changed the account meanwhile.
        ApiClient.Answer stale = admin().post("api/admin/users/" + username + "/password",
                Json.createObjectBuilder().add("version", version).add("password", "Samarinda-2027!").build().toString());
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(her.get("api/me").status()).isEqualTo(200);

        ApiClient.Answer reset = admin().post("api/admin/users/" + username + "/password",
                Json.createObjectBuilder().add("version", version(username)).add("password", "Samarinda-2027!").build().toString());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(her.get("api/me").status()).as("the old password after a reset").isEqualTo(401);
        ApiClient withNewPassword = ApiClient.as(app, username, "Samarinda-2027!");
        assertThat(withNewPassword.get("api/me").status()).isEqualTo(200);

        ApiClient.Answer disabled = admin().post("api/admin/users/" + username + "/disable",
                Json.createObjectBuilder().add("version", version(username)).build().toString());
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(200);
        assertThat(disabled.json().getBoolean("active")).isFalse();
        assertThat(withNewPassword.get("api/me").status()).as("a disabled account").isEqualTo(401);

        assertThat(admin().get("api/admin/users/" + username).json().getJsonArray("history").stream()
                .map(c -> c.asJsonObject().getString("kind")).toList())
                .containsExactly("DISABLED", "PASSWORD", "ROLES", "CREATED");
        assertThat(admin().get("api/admin/users/" + username).body()).doesNotContain("Samarinda-2027!").doesNotContain(PASSWORD);

        ApiClient.Answer enabled = admin().post("api/admin/users/" + username + "/enable",
                Json.createObjectBuilder().add("version", version(username)).build().toString());
        assertThat(enabled.status()).isEqualTo(200);
        assertThat(withNewPassword.get("api/me").status()).isEqualTo(200);
    }

    @Test
    void badValuesAreA400NamingTheFieldAndSaveNothing() {
        record Bad(String field, JsonObject body) {
        }
        String username = fresh();
        List<Bad> bads = List.of(
                new Bad("username", newUser("Budi Santoso", "LOAN_OFFICER").build()),
                new Bad("username", newUser("admin", "LOAN_OFFICER").build()),
                new Bad("username", newUser("x'; drop table app_user; --", "LOAN_OFFICER").build()),
                new Bad("fullName", newUser(username, "LOAN_OFFICER").add("fullName", "Siti\nAminah").build()),
                new Bad("nip", newUser(username, "LOAN_OFFICER").add("nip", "1988-0101").build()),
                new Bad("regencyCode", newUser(username, "LOAN_OFFICER").add("regencyCode", "9999").build()),
                new Bad("roles", newUser(username).build()),
                new Bad("roles", newUser(username, "ROOT").build()),
                new Bad("roles", newUser(username, "RULE_TECHNICIAN").build()),
                new Bad("password", newUser(username, "LOAN_OFFICER").add("password", "short").build()),
                new Bad("password", newUser(username, "LOAN_OFFICER").add("password", username + "-2026-xyz").build()),
                new Bad("password", newUser(username, "LOAN_OFFICER").add("password", "aaaaaaaaaaaa").build()));
        for (Bad bad : bads) {
            ApiClient.Answer answer = admin().post("api/admin/users", bad.body().toString());
            assertThat(answer.status()).as(bad + " → " + answer).isEqualTo(400);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).as(answer.toString())
                    .isEqualTo(bad.field());
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at id.berdaya");
        }
        assertThat(admin().get("api/admin/users").body()).doesNotContain(username).doesNotContain("Budi Santoso");
    }

    @Test
    void theAdministratorCannotLockTheOfficeOut() {
        ApiClient.Answer self = admin().post("api/admin/users/admin/disable",
                Json.createObjectBuilder().add("version", version("admin")).build().toString());
        assertThat(self.status()).as(self.toString()).isEqualTo(409);
        ApiClient.Answer ownRole = admin().put("api/admin/users/admin", Json.createObjectBuilder().add("version", version("admin"))
                .add("fullName", "Administrator Sistem").add("roles", Json.createArrayBuilder(List.of("SUPERVISOR"))).build().toString());
        assertThat(ownRole.status()).as(ownRole.toString()).isEqualTo(400);
        assertThat(ownRole.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("roles");
        assertThat(admin().get("api/me").status()).isEqualTo(200);

        // A second administrator may lose the role while another one stays.
        String second = fresh();
        assertThat(admin().post("api/admin/users", newUser(second, "ADMIN").build().toString()).status()).isEqualTo(201);
        ApiClient.Answer demoted = admin().put("api/admin/users/" + second, Json.createObjectBuilder().add("version", version(second))
                .add("fullName", "Admin Kedua").add("roles", Json.createArrayBuilder(List.of("SUPERVISOR"))).build().toString());
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(200);
        assertThat(ApiClient.demo(app, "petugas").post("api/admin/users", newUser(fresh(), "ADMIN").build().toString()).status())
                .isEqualTo(403);
    }

    private long version(String username) {
        return admin().get("api/admin/users/" + username).json().getJsonObject("account").getJsonNumber("version").longValue();
    }
}
