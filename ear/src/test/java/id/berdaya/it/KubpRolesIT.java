package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may do what with KUBP: no login is 401, a role that may not is 403, every staff role reads. */
@ExtendWith(ArquillianExtension.class)
class KubpRolesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    @Test
    void withoutLoginTheApiAsksForCredentials() {
        ApiClient anonymous = ApiClient.anonymous(app);
        assertThat(anonymous.get("api/kubp/loans").status()).isEqualTo(401);
        assertThat(anonymous.get("api/kubp/portfolio").status()).isEqualTo(401);
        assertThat(anonymous.post("api/kubp/groups", KubpApi.groupJson("640201", KubpApi.women(5))).status())
                .isEqualTo(401);
    }

    @Test
    void everyStaffRoleReadsGroupsLoansAndThePortfolio() {
        for (String user : new String[] {"petugas", "kebijakan", "keuangan", "penyelia", "admin"}) {
            ApiClient client = ApiClient.demo(app, user);
            assertThat(client.get("api/kubp/loans").status()).as(user).isEqualTo(200);
            assertThat(client.get("api/kubp/groups").status()).as(user).isEqualTo(200);
            assertThat(client.get("api/kubp/portfolio").status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void onlyLoanOfficersCreateGroupsAndApplyForLoans() {
        KubpApi kubp = new KubpApi(app);
        String group = KubpApi.groupJson("640201", KubpApi.women(5));
        for (String user : new String[] {"kebijakan", "keuangan", "penyelia", "admin"}) {
            assertThat(ApiClient.demo(app, user).post("api/kubp/groups", group).status()).as(user).isEqualTo(403);
        }
        long groupId = kubp.group("640201", 5);
        String loan = KubpApi.loanJson(groupId, 5_000_000, 6, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 10));
        assertThat(kubp.finance.post("api/kubp/loans", loan).status()).isEqualTo(403);
        assertThat(kubp.supervisor.post("api/kubp/loans", loan).status()).isEqualTo(403);
    }

    @Test
    void onlySupervisorsApproveAndWriteOffAndOnlyFinanceMovesMoney() {
        KubpApi kubp = new KubpApi(app);
        long group = kubp.group("640201", 5);
        long loan = kubp.apply(group, 5_000_000, 6, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 2, 10))
                .json().getJsonNumber("id").longValue();
        assertThat(kubp.officer.post("api/kubp/loans/" + loan + "/approval", "").status()).isEqualTo(403);
        assertThat(kubp.finance.post("api/kubp/loans/" + loan + "/approval", "").status()).isEqualTo(403);
        assertThat(kubp.supervisor.post("api/kubp/loans/" + loan + "/approval", "").status()).isEqualTo(200);

        String disbursement = "{\"date\":\"2025-01-10\",\"channel\":\"CASH\"}";
        assertThat(kubp.supervisor.post("api/kubp/loans/" + loan + "/disbursement", disbursement).status()).isEqualTo(403);
        assertThat(kubp.finance.post("api/kubp/loans/" + loan + "/disbursement", disbursement).status()).isEqualTo(200);

        String payment = KubpApi.repaymentJson(100_000, LocalDate.of(2025, 2, 10), KubpApi.receipt());
        assertThat(kubp.officer.post("api/kubp/loans/" + loan + "/repayments", payment).status()).isEqualTo(403);
        assertThat(kubp.supervisor.post("api/kubp/loans/" + loan + "/repayments", payment).status()).isEqualTo(403);
        long repayment = kubp.repaid(loan, 100_000, LocalDate.of(2025, 2, 10));
        assertThat(kubp.supervisor.post("api/kubp/repayments/" + repayment + "/reversal", "{\"reason\":\"x\"}").status())
                .isEqualTo(403);

        String writeOff = "{\"reason\":\"Kelompok bubar\"}";
        assertThat(kubp.finance.post("api/kubp/loans/" + loan + "/write-off", writeOff).status()).isEqualTo(403);
        assertThat(kubp.supervisor.post("api/kubp/loans/" + loan + "/write-off", writeOff).status()).isEqualTo(200);
    }
}
