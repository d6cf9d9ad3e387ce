package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, the change history: a supervisor sees who created and changed a KUBP group, its members
 * and its loan, when, and each field from what to what; NIKs are masked and a staff account's
 * password is never in it; other roles get a 403; a bad filter is a 400 naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeHistoryIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Makassar"));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private List<JsonObject> changes(ApiClient who, String query) {
        ApiClient.Answer answer = who.get("api/audit/changes?" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonArray("entries").stream().map(JsonValue::asJsonObject).toList();
    }

    private static List<String> lines(JsonObject entry) {
        return entry.getJsonArray("changes").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList();
    }

    @Test
    void aLoansLifeIsInItsHistoryWithWhoAndWhatAndNoFullNik() {
        KubpApi kubp = new KubpApi(app);
        String chair = KubpApi.woman("CHAIR");
        String fullNik = chair.replaceAll(".*\"nik\":\"(\\d{16})\".*", "$1");
        long group = kubp.group("640219", List.of(chair, KubpApi.woman("MEMBER"), KubpApi.woman("MEMBER"),
                KubpApi.woman("MEMBER"), KubpApi.woman("MEMBER")));
        long loan = kubp.disbursedLoan(group, 5_000_000, 10, TODAY.minusDays(3));
        ApiClient supervisor = ApiClient.demo(app, "penyelia");

        List<JsonObject> loanHistory = changes(supervisor, "entity=Loan&recordId=" + loan);
        assertThat(loanHistory).extracting(e -> e.getString("action")).contains("CREATED", "CHANGED");
        JsonObject created = loanHistory.get(loanHistory.size() - 1);
        assertThat(created.getString("action")).isEqualTo("CREATED");
        assertThat(created.getString("changedBy")).isEqualTo("petugas");
        assertThat(lines(created)).contains("principal: 5000000", "installmentCount: 10");
        assertThat(loanHistory).as("approval by the supervisor, disbursement by finance, newest first")
                .anySatisfy(e -> {
                    assertThat(e.getString("changedBy")).isEqualTo("penyelia");
                    assertThat(lines(e)).anyMatch(l -> l.startsWith("status: ") && l.endsWith("→ APPROVED"));
                })
                .anySatisfy(e -> {
                    assertThat(e.getString("changedBy")).isEqualTo("keuangan");
                    assertThat(lines(e)).anyMatch(l -> l.startsWith("status: APPROVED → "));
                });
        assertThat(loanHistory.get(0).getJsonNumber("id").longValue())
                .isGreaterThan(created.getJsonNumber("id").longValue());

        ApiClient.Answer members = supervisor.get("api/audit/changes?entity=GroupMember&changedBy=petugas&size=200");
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.body()).as("the member's NIK, masked").contains(fullNik.substring(0, 4) + "********" + fullNik.substring(12))
                .doesNotContain(fullNik);
        assertThat(changes(supervisor, "entity=KubpGroup&recordId=" + group)).singleElement()
                .satisfies(e -> assertThat(e.getString("action")).isEqualTo("CREATED"));
    }

    @Test
    void aStaffAccountsNewPasswordIsRecordedWithoutIt() {
        ApiClient admin = ApiClient.demo(app, "admin");
        String username = "riwayat" + System.nanoTime() % 1_000_000;
        String password = "Tenggarong-2026-Riwayat";
        ApiClient.Answer created = admin.post("api/admin/users", "{\"username\":\"" + username + "\",\"fullName\":\"Rina Audit\","
                + "\"nip\":\"198801012015032001\",\"regencyCode\":\"6402\",\"roles\":[\"LOAN_OFFICER\"],\"password\":\"" + password + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long version = created.json().getJsonNumber("version").longValue();
        ApiClient.Answer reset = admin.post("api/admin/users/" + username + "/password",
                "{\"version\":" + version + ",\"password\":\"Samarinda-2026-Baru\"}");
        assertThat(reset.status()).as(reset.toString()).isIn(200, 204);

        ApiClient.Answer history = admin.get("api/audit/changes?entity=StaffUser&changedBy=admin&from=" + TODAY + "&to=" + TODAY);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).contains("username: " + username).contains("passwordHash: (diubah)")
                .doesNotContain(password).doesNotContain("Samarinda-2026-Baru").doesNotContain("PBKDF2");
    }

    @Test
    void onlySupervisorsAndAdministratorsReadItAndBadFiltersNameTheirField() {
        assertThat(ApiClient.demo(app, "petugas").get("api/audit/changes").status()).isEqualTo(403);
        assertThat(ApiClient.demo(app, "keuangan").get("api/audit/changes").status()).isEqualTo(403);
        ApiClient supervisor = ApiClient.demo(app, "penyelia");
        assertThat(supervisor.get("api/audit/entities").body()).contains("Loan", "Repayment", "StaffUser", "WrseApplication",
                "RuleSetRevision");
        for (String[] bad : List.of(new String[] {"entity=Password", "entity"}, new String[] {"from=31-12-2026", "from"},
                new String[] {"from=2026-12-02&to=2026-12-01", "to"}, new String[] {"page=-1", "page"},
                new String[] {"size=100000", "size"}, new String[] {"recordId=1%27%20OR%201=1--", "recordId"})) {
            ApiClient.Answer answer = supervisor.get("api/audit/changes?" + bad[0]);
            assertThat(answer.status()).as(bad[0] + " " + answer).isEqualTo(400);
            assertThat(answer.body()).as(bad[0]).contains("\"" + bad[1]);
        }
    }
}
