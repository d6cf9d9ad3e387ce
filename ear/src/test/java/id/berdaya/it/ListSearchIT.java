package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19 over the API: the lists are searched by name (any case, a part of it) and by NIK (all 16
 * digits), sorted by an allow-listed key with correct pages, refuse an unknown sort key with a 400
 * naming {@code sort}, and treat SQL-looking or wildcard text as plain text; an officer's district
 * is one of her regency's.
 */
@ExtendWith(ArquillianExtension.class)
class ListSearchIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private ApiClient officer() {
        return ApiClient.demo(app, "petugas");
    }

    /** Letters no other applicant's name holds, so that a search finds only this test's applicants. */
    private static String family() {
        StringBuilder name = new StringBuilder("Qa");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private String record(String fullName) {
        WrseApplicants applicant = WrseApplicants.eligible().set("fullName", fullName);
        ApiClient.Answer recorded = officer().post("api/wrse/applications", applicant.json());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return applicant.nik();
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getString("fullName")).toList();
    }

    private static String badField(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    @Test
    void theApplicationListFindsByPartOfANameInAnyCaseOrByTheWholeNik() {
        String family = family();
        record("Siti " + family + " Bahri");
        String nikOfRina = record("Rina " + family);
        record("Ani " + family.toUpperCase(Locale.ROOT));

        JsonObject byName = officer().get("api/wrse/applications?q=" + q(family.toLowerCase(Locale.ROOT))).json();
        assertThat(byName.getInt("total")).isEqualTo(3);
        assertThat(names(byName)).allMatch(n -> n.toLowerCase(Locale.ROOT).contains(family.toLowerCase(Locale.ROOT)));
        assertThat(byName.toString()).as("list rows show NIKs masked").doesNotContain(nikOfRina);

        JsonObject byNik = officer().get("api/wrse/applications?q=" + nikOfRina).json();
        assertThat(byNik.getInt("total")).isEqualTo(1);
        assertThat(names(byNik)).containsExactly("Rina " + family);

        JsonObject partOfNik = officer().get("api/wrse/applications?q=" + nikOfRina.substring(0, 12)).json();
        assertThat(partOfNik.getInt("total")).as("a NIK is matched on all 16 digits only").isZero();
    }

    @Test
    void theApplicationListSortsByAnAllowedKeyAndPagesStayCorrect() {
        String family = family();
        record("Citra " + family);
        record("adinda " + family);
        record("Bunga " + family);

        String base = "api/wrse/applications?q=" + q(family) + "&sort=";
        assertThat(names(officer().get(base + "name").json()))
                .containsExactly("adinda " + family, "Bunga " + family, "Citra " + family);
        assertThat(names(officer().get(base + "-name").json()))
                .containsExactly("Citra " + family, "Bunga " + family, "adinda " + family);

        JsonObject first = officer().get(base + "name&size=2&page=0").json();
        JsonObject second = officer().get(base + "name&size=2&page=1").json();
        assertThat(first.getInt("total")).isEqualTo(3);
        assertThat(second.getInt("total")).isEqualTo(3);
        assertThat(names(first)).containsExactly("adinda " + family, "Bunga " + family);
        assertThat(names(second)).containsExactly("Citra " + family);

        JsonArray newestFirst = officer().get("api/wrse/applications?q=" + q(family)).json().getJsonArray("items");
        assertThat(newestFirst.getJsonObject(0).getJsonNumber("id").longValue())
                .as("without sort: newest first, as before")
                .isGreaterThan(newestFirst.getJsonObject(2).getJsonNumber("id").longValue());
    }

    @Test
    void anUnknownSortKeyIsA400NamingSortAndNothingElse() {
        assertThat(badField(officer().get("api/wrse/applications?sort=nik"))).isEqualTo("sort");
        assertThat(badField(officer().get("api/wrse/applications?sort=" + q("fullName; drop table app_user")))).isEqualTo("sort");
        assertThat(badField(officer().get("api/wrse/applications?sort=" + q("a.applicant.nik")))).isEqualTo("sort");
        ApiClient.Answer unknown = officer().get("api/wrse/applications?sort=password");
        assertThat(unknown.body()).contains("name", "score");
        assertThat(badField(officer().get("api/kubp/groups?sort=chair"))).isEqualTo("sort");
        assertThat(badField(officer().get("api/kubp/loans?sort=interest"))).isEqualTo("sort");
        assertThat(badField(officer().get("api/wrse/appeals?sort=nik"))).isEqualTo("sort");
        assertThat(badField(ApiClient.demo(app, "admin").get("api/admin/users?sort=passwordHash"))).isEqualTo("sort");
        assertThat(badField(officer().get("api/wrse/applications?q=" + "x".repeat(101)))).isEqualTo("q");
    }

    @Test
    void sqlOrWildcardsInTheSearchFindNothingAndNeverFail() {
        for (String text : List.of("' OR 1=1 --", "%", "_", "\" OR \"\"=\"", "'; DROP TABLE wrse_application; --", "!%")) {
            ApiClient.Answer applications = officer().get("api/wrse/applications?q=" + q(text));
            assertThat(applications.status()).as(text + ": " + applications).isEqualTo(200);
            assertThat(applications.json().getInt("total")).as(text).isZero();
            ApiClient.Answer loans = officer().get("api/kubp/loans?q=" + q(text));
            assertThat(loans.status()).as(text + ": " + loans).isEqualTo(200);
            assertThat(loans.jsonArray()).as(text).isEmpty();
            ApiClient.Answer appeals = officer().get("api/wrse/appeals?q=" + q(text));
            assertThat(appeals.status()).as(text + ": " + appeals).isEqualTo(200);
            assertThat(appeals.jsonArray()).as(text).isEmpty();
            ApiClient.Answer users = ApiClient.demo(app, "admin").get("api/admin/users?q=" + q(text));
            assertThat(users.status()).as(text + ": " + users).isEqualTo(200);
            assertThat(users.jsonArray()).as(text).isEmpty();
        }
        assertThat(officer().get("api/wrse/applications").json().getInt("total")).as("the applications are all still there").isPositive();
    }

    @Test
    void groupsAndLoansSortByTheirKeys() {
        JsonArray groups = officer().get("api/kubp/groups?sort=-name").jsonArray();
        List<String> names = groups.stream().map(g -> g.asJsonObject().getString("name").toLowerCase(Locale.ROOT)).toList();
        assertThat(names).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonArray loans = officer().get("api/kubp/loans?sort=-principal").jsonArray();
        List<Long> principals = loans.stream().map(l -> l.asJsonObject().getJsonNumber("principal").longValue()).toList();
        assertThat(principals).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());

        JsonObject firstLoan = loans.getJsonObject(0);
        JsonArray byNumber = officer().get("api/kubp/loans?q=" + firstLoan.getJsonNumber("id")).jsonArray();
        assertThat(byNumber.stream().map(l -> l.asJsonObject().getJsonNumber("id").longValue()))
                .contains(firstLoan.getJsonNumber("id").longValue());
    }

    @Test
    void anOfficersDistrictIsOneOfHerRegencysAndTheStaffListFindsHer() {
        ApiClient admin = ApiClient.demo(app, "admin");
        String username = "camat" + System.nanoTime() % 1_000_000;
        ApiClient.Answer created = admin.post("api/admin/users", newUser(username, "6402", "640206"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("districtCode")).isEqualTo("640206");

        String other = "camat" + (System.nanoTime() + 7) % 1_000_000;
        assertThat(badField(admin.post("api/admin/users", newUser(other, "6401", "640206")))).isEqualTo("districtCode");
        assertThat(badField(admin.post("api/admin/users", newUser(other, null, "640206")))).isEqualTo("districtCode");
        assertThat(badField(admin.post("api/admin/users", newUser(other, "6402", "6402")))).isEqualTo("districtCode");
        assertThat(admin.get("api/admin/users/" + other).status()).as("nothing saved").isEqualTo(404);

        JsonObject account = admin.get("api/admin/users/" + username).json().getJsonObject("account");
        ApiClient.Answer moved = admin.put("api/admin/users/" + username, Json.createObjectBuilder()
                .add("version", account.getJsonNumber("version").longValue()).add("fullName", "Nurul Hidayah")
                .add("regencyCode", "6402").add("districtCode", "640213")
                .add("roles", Json.createArrayBuilder(List.of("LOAN_OFFICER"))).build().toString());
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.json().getString("districtCode")).isEqualTo("640213");
        assertThat(admin.get("api/admin/users/" + username).json().getJsonArray("history").getJsonObject(0).getString("detail"))
                .contains("640206", "640213");

        JsonArray found = admin.get("api/admin/users?q=" + q("NURUL HIDA") + "&sort=-username").jsonArray();
        assertThat(found.stream().map(u -> u.asJsonObject().getString("username"))).contains(username);
        assertThat(found.stream().map(u -> u.asJsonObject().getString("fullName")))
                .allMatch(n -> n.toLowerCase(Locale.ROOT).contains("nurul hida"));
    }

    @Test
    void theOpenApiDocumentDescribesSearchAndSort() {
        ApiClient.Answer answer = ApiClient.anonymous(app).send(ApiClient.anonymous(app).request("../openapi?format=JSON")
                .header("Accept", "application/json").GET());
        JsonObject paths = answer.json().getJsonObject("paths");
        String listPath = paths.keySet().stream().filter(p -> p.endsWith("/api/wrse/applications")).findFirst().orElseThrow();
        JsonArray parameters = paths.getJsonObject(listPath).getJsonObject("get").getJsonArray("parameters");
        assertThat(parameters.stream().map(p -> p.asJsonObject().getString("name"))).contains("q", "sort", "page", "size");
        assertThat(parameters.stream().filter(p -> p.asJsonObject().getString("name").equals("sort"))
                .map(p -> p.asJsonObject().getString("description")).findFirst().orElseThrow()).contains("name", "400");
    }

    private static String newUser(String username, String regency, String district) {
        var user = Json.createObjectBuilder().add("username", username).add("fullName", "Nurul Hidayah")
                .add("roles", Json.createArrayBuilder(List.of("LOAN_OFFICER"))).add("password", "Tenggarong-2026");
        if (regency != null) {
            user.add("regencyCode", regency);
        }
        return user.add("districtCode", district).build().toString();
    }
}
