package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Groups over HTTP: created and edited by loan officers, every change kept, NIKs masked when read. */
@ExtendWith(ArquillianExtension.class)
class KubpGroupIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void anEditIsKeptInTheGroupsHistory() {
        KubpApi kubp = new KubpApi(app);
        List<String> members = new ArrayList<>(KubpApi.women(5));
        long group = kubp.group("640215", members);
        members.add(KubpApi.woman("SECRETARY"));

        ApiClient.Answer edited = kubp.officer.put("api/kubp/groups/" + group,
                KubpApi.groupJson("640215", members).replaceFirst("KUBP Uji \\d+", "KUBP Mawar Sanga Sanga"));

        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonObject read = kubp.finance.get("api/kubp/groups/" + group).json();
        assertThat(read.getString("name")).isEqualTo("KUBP Mawar Sanga Sanga");
        assertThat(read.getJsonArray("members")).hasSize(6);
        assertThat(read.getJsonArray("members").getJsonObject(0).getString("nik")).matches("6402\\*{8}\\d{4}");
        assertThat(read.getJsonArray("history")).hasSize(2);
        assertThat(read.getJsonArray("history").getJsonObject(1).getString("kind")).isEqualTo("UPDATED");
        assertThat(read.getJsonArray("history").getJsonObject(1).getString("changedBy")).isEqualTo("petugas");
        assertThat(read.getJsonArray("history").getJsonObject(1).getString("description"))
                .contains("before: name=KUBP Uji", "after: name=KUBP Mawar Sanga Sanga");
        assertThat(kubp.finance.get("api/kubp/groups?q=mawar%20sanga").body()).contains("KUBP Mawar Sanga Sanga");
    }

    @Test
    void aBorrowingGroupCannotTakeInAMemberOfAnotherBorrowingGroup() {
        KubpApi kubp = new KubpApi(app);
        List<String> first = KubpApi.women(5);
        long firstGroup = kubp.group("640216", first);
        kubp.disbursedLoan(firstGroup, 5_000_000, 6, LocalDate.of(2025, 5, 1));
        List<String> second = new ArrayList<>(KubpApi.women(5));
        long secondGroup = kubp.group("640216", second);
        kubp.disbursedLoan(secondGroup, 5_000_000, 6, LocalDate.of(2025, 5, 1));
        second.add(first.get(3));

        ApiClient.Answer answer = kubp.officer.put("api/kubp/groups/" + secondGroup,
                KubpApi.groupJson("640216", second));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.body()).contains("members[5].nik", "only one borrowing group");
        assertThat(kubp.finance.get("api/kubp/groups/" + secondGroup).json().getJsonArray("members")).hasSize(5);
    }

    @Test
    void registeringAMemberOfABorrowingGroupInANewGroupIsRefusedOnHerField() {
        KubpApi kubp = new KubpApi(app);
        List<String> first = KubpApi.women(5);
        kubp.disbursedLoan(kubp.group("640216", first), 5_000_000, 6, LocalDate.of(2025, 5, 1));
        List<String> second = new ArrayList<>(KubpApi.women(4));
        second.add(first.get(2));
        int before = kubp.finance.get("api/kubp/groups").jsonArray().size();

        ApiClient.Answer answer = kubp.officer.post("api/kubp/groups", KubpApi.groupJson("640216", second));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.body()).contains("members[4].nik").doesNotContain(nikOf(first.get(2)));
        assertThat(kubp.finance.get("api/kubp/groups").jsonArray().size()).isEqualTo(before);
    }

    @Test
    void aTelephoneThatIsNotIndonesianIsRefusedOnItsFieldAndAGoodOneIsKeptInInternationalForm() {
        KubpApi kubp = new KubpApi(app);
        List<String> members = new ArrayList<>(KubpApi.women(5));
        String chair = members.get(0);
        members.set(0, chair.replace("}", ",\"telephone\":\"+60 12 345 6789\"}"));

        ApiClient.Answer bad = kubp.officer.post("api/kubp/groups", KubpApi.groupJson("640215", members));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.body()).contains("members[0].telephone");

        members.set(0, chair.replace("}", ",\"telephone\":\"0812-3456-7890\"}"));
        long group = kubp.group("640215", members);
        JsonObject read = kubp.finance.get("api/kubp/groups/" + group).json();
        assertThat(read.getJsonArray("members").getJsonObject(0).getString("telephone")).isEqualTo("+6281234567890");
    }

    @Test
    void searchFindsAGroupByAMembersNameOrFullNikAndShowsNoFullNik() {
        KubpApi kubp = new KubpApi(app);
        List<String> members = KubpApi.women(5);
        long group = kubp.group("640217", members);
        String nik = nikOf(members.get(3));
        String name = members.get(3).replaceAll(".*\"fullName\":\"([^\"]+)\".*", "$1");

        assertThat(kubp.finance.get("api/kubp/groups?q=" + nik).jsonArray().getJsonObject(0).getInt("id"))
                .isEqualTo((int) group);
        String byName = kubp.finance.get("api/kubp/groups?q=" + name.replace(" ", "%20")).body();
        assertThat(byName).contains("\"id\":" + group);
        assertThat(kubp.finance.get("api/kubp/groups/" + group).body()).doesNotContain(nik);
    }

    private static String nikOf(String memberJson) {
        return memberJson.replaceAll(".*\"nik\":\"(\\d{16})\".*", "$1");
    }

    @Test
    void onlyLoanOfficersEditGroups() {
        KubpApi kubp = new KubpApi(app);
        List<String> members = KubpApi.women(5);
        long group = kubp.group("640217", members);

        assertThat(kubp.finance.put("api/kubp/groups/" + group, KubpApi.groupJson("640217", members)).status())
                .isEqualTo(403);
        assertThat(kubp.officer.put("api/kubp/groups/999999", KubpApi.groupJson("640217", members)).status())
                .isEqualTo(404);
    }
}
