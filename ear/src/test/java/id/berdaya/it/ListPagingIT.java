package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
 * Issue 19 over the API: the KUBP loans and groups lists are counted, sorted and cut into pages in
 * the database. Page 2 holds the rows the order says, the total counts every match, a page beyond
 * the end is empty (not an error), and an unknown sort key, a bad page or a bad size is a 400 naming
 * that parameter; the issuing offices are searched with {@code q}.
 */
@ExtendWith(ArquillianExtension.class)
class ListPagingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    /** Three groups whose names only this test uses, each with one loan: Ayu 10 M, Bunga 5 M, Citra 6 M, applied in that order. */
    private record Data(String family, long ayu, long bunga, long citra, String bungaNik) {
    }

    private Data arrange() {
        StringBuilder family = new StringBuilder("Pg");
        for (int i = 0; i < 8; i++) {
            family.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        KubpApi kubp = new KubpApi(app);
        long[] loans = new long[3];
        String bungaNik = null;
        String[] names = {"Ayu", "bunga", "Citra"};
        long[] principals = {10_000_000, 5_000_000, 6_000_000};
        for (int i = 0; i < 3; i++) {
            List<String> members = KubpApi.women(5);
            if (i == 1) {
                bungaNik = members.get(3).replaceAll(".*\"nik\":\"(\\d{16})\".*", "$1");
            }
            ApiClient.Answer group = kubp.officer.post("api/kubp/groups", KubpApi.groupJson("640211", members)
                    .replaceFirst("KUBP Uji \\d+", "KUBP " + names[i] + " " + family));
            assertThat(group.status()).as(group.toString()).isEqualTo(201);
            ApiClient.Answer loan = kubp.apply(group.json().getJsonNumber("id").longValue(), principals[i], 6,
                    LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
            assertThat(loan.status()).as(loan.toString()).isEqualTo(201);
            loans[i] = loan.json().getJsonNumber("id").longValue();
        }
        return new Data(family.toString(), loans[0], loans[1], loans[2], bungaNik);
    }

    private ApiClient officer() {
        return ApiClient.demo(app, "petugas");
    }

    private static List<Long> ids(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.jsonArray().stream().map(l -> l.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static String badField(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        return answer.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theLoanListPagesInTheOrderAskedForWithTheTotalOfEveryMatch() {
        Data d = arrange();
        String base = "api/kubp/loans?q=" + q(d.family().toLowerCase(Locale.ROOT));

        ApiClient.Answer first = officer().get(base + "&sort=principal&size=2&page=0");
        ApiClient.Answer second = officer().get(base + "&sort=principal&size=2&page=1");
        assertThat(ids(first)).containsExactly(d.bunga(), d.citra());
        assertThat(ids(second)).as("page 2 by principal, smallest first").containsExactly(d.ayu());
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(second.header("X-Total-Count")).isEqualTo("3");

        assertThat(ids(officer().get(base + "&sort=-principal&size=2&page=1"))).containsExactly(d.bunga());
        assertThat(ids(officer().get(base + "&sort=group&size=2&page=1"))).as("by group name, any case").containsExactly(d.citra());
        assertThat(ids(officer().get(base + "&size=2&page=0"))).as("newest first without sort").containsExactly(d.citra(), d.bunga());
        assertThat(ids(officer().get(base))).as("without page or size: every match").containsExactly(d.citra(), d.bunga(), d.ayu());

        ApiClient.Answer beyond = officer().get(base + "&sort=principal&size=2&page=5");
        assertThat(ids(beyond)).as("a page beyond the end is empty").isEmpty();
        assertThat(beyond.header("X-Total-Count")).isEqualTo("3");

        assertThat(ids(officer().get("api/kubp/loans?q=" + d.bungaNik()))).as("a member's whole NIK").containsExactly(d.bunga());
        assertThat(ids(officer().get("api/kubp/loans?q=" + d.ayu()))).as("a loan's number").contains(d.ayu());
        assertThat(ids(officer().get(base + "&status=PAID_OFF&size=2&page=0"))).isEmpty();
    }

    @Test
    void anUnknownSortKeyOrABadPageOrSizeIsA400NamingIt() {
        ApiClient.Answer unknown = officer().get("api/kubp/loans?sort=interest&size=2&page=1");
        assertThat(badField(unknown)).isEqualTo("sort");
        assertThat(unknown.body()).contains("principal", "group");
        assertThat(badField(officer().get("api/kubp/loans?sort=" + q("l.principal; drop table loan")))).isEqualTo("sort");
        assertThat(badField(officer().get("api/kubp/loans?sort=outstanding&page=0"))).as("a figure of the date, not a column").isEqualTo("sort");
        assertThat(badField(officer().get("api/kubp/loans?size=0"))).isEqualTo("size");
        assertThat(badField(officer().get("api/kubp/loans?size=101"))).isEqualTo("size");
        assertThat(badField(officer().get("api/kubp/loans?page=-1"))).isEqualTo("page");
        assertThat(badField(officer().get("api/kubp/loans?page=two"))).isEqualTo("page");
        assertThat(badField(officer().get("api/kubp/groups?sort=chair&page=0"))).isEqualTo("sort");
        assertThat(badField(officer().get("api/kubp/groups?size=1000"))).isEqualTo("size");
        assertThat(badField(ApiClient.demo(app, "admin").get("api/admin/offices?q=" + "x".repeat(101)))).isEqualTo("q");
    }

    @Test
    void theGroupListPagesInTheDatabaseToo() {
        Data d = arrange();
        String base = "api/kubp/groups?q=" + q(d.family());
        ApiClient.Answer second = officer().get(base + "&sort=-name&size=2&page=1");
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.jsonArray().stream().map(g -> g.asJsonObject().getString("name")))
                .containsExactly("KUBP Ayu " + d.family());
        assertThat(second.header("X-Total-Count")).isEqualTo("3");
        JsonArray byName = officer().get(base + "&sort=name&size=10&page=0").jsonArray();
        assertThat(byName.stream().map(g -> g.asJsonObject().getString("name")))
                .containsExactly("KUBP Ayu " + d.family(), "KUBP bunga " + d.family(), "KUBP Citra " + d.family());
        assertThat(officer().get(base + "&size=2&page=9").jsonArray()).isEmpty();
        ApiClient.Answer byMembers = officer().get(base + "&sort=-members&size=2&page=0");
        assertThat(byMembers.status()).as(byMembers.toString()).isEqualTo(200);
        assertThat(byMembers.jsonArray()).hasSize(2);
        assertThat(officer().get("api/kubp/groups?q=" + d.bungaNik()).jsonArray().stream()
                .map(g -> g.asJsonObject().getString("name"))).containsExactly("KUBP bunga " + d.family());
    }

    @Test
    void theOfficesAreSearchedByNameOrSignatory() {
        ApiClient admin = ApiClient.demo(app, "admin");
        JsonArray all = admin.get("api/admin/offices").jsonArray();
        assertThat(all).hasSizeGreaterThan(1);
        JsonObject one = all.stream().map(o -> o.asJsonObject())
                .filter(o -> o.getString("signatoryName", "").length() > 6).findFirst().orElseThrow();
        String part = one.getString("signatoryName").substring(1, 6).toUpperCase(Locale.ROOT);
        JsonArray found = admin.get("api/admin/offices?q=" + q(part)).jsonArray();
        assertThat(found.stream().map(o -> o.asJsonObject().getString("prefix"))).contains(one.getString("prefix"));
        assertThat(found).allMatch(o -> o.toString().toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT)));
        assertThat(admin.get("api/admin/offices?q=" + q("' OR 1=1 --")).jsonArray()).isEmpty();
        assertThat(admin.get("api/admin/offices?q=gender").jsonArray().stream().map(o -> o.asJsonObject().getString("prefix")))
                .contains("gender").doesNotContain("wrse");
    }
}
