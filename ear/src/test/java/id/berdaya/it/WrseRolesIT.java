package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may do what in the WRSE API: no login is 401 everywhere; each step refuses the roles it is not for (403). */
@ExtendWith(ArquillianExtension.class)
class WrseRolesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private int post(String user, String path, String json) {
        return ApiClient.demo(app, user).post(path, json).status();
    }

    @Test
    void everyWrseEndpointNeedsALogin() {
        ApiClient anonymous = ApiClient.anonymous(app);
        String body = WrseApplicants.eligible().json();
        assertThat(anonymous.post("api/wrse/screenings", body).status()).isEqualTo(401);
        assertThat(anonymous.post("api/wrse/applications", body).status()).isEqualTo(401);
        assertThat(anonymous.get("api/wrse/applications").status()).isEqualTo(401);
        assertThat(anonymous.get("api/wrse/applications/1").status()).isEqualTo(401);
        assertThat(anonymous.post("api/wrse/applications/1/proposal", "").status()).isEqualTo(401);
        assertThat(anonymous.get("api/wrse/regencies/6402/ranking").status()).isEqualTo(401);
        assertThat(anonymous.put("api/wrse/regencies/6402/quotas/2026", "{\"recipients\":1,\"budget\":1}").status())
                .isEqualTo(401);
        assertThat(ApiClient.as(app, "petugas", "salah").post("api/wrse/screenings", body).status()).isEqualTo(401);
    }

    @Test
    void screeningIsForLoanOfficersSupervisorsAndPolicyStaff() {
        assertThat(post("petugas", "api/wrse/screenings", WrseApplicants.eligible().json())).isEqualTo(200);
        assertThat(post("penyelia", "api/wrse/screenings", WrseApplicants.eligible().json())).isEqualTo(200);
        assertThat(post("kebijakan", "api/wrse/screenings", WrseApplicants.eligible().json())).isEqualTo(200);
        assertThat(post("keuangan", "api/wrse/screenings", WrseApplicants.eligible().json())).isEqualTo(403);
        assertThat(post("admin", "api/wrse/screenings", WrseApplicants.eligible().json())).isEqualTo(403);
    }

    @Test
    void onlyLoanOfficersRecordAndSubmit() {
        assertThat(post("penyelia", "api/wrse/applications", WrseApplicants.eligible().json())).isEqualTo(403);
        assertThat(post("kebijakan", "api/wrse/applications", WrseApplicants.eligible().json())).isEqualTo(403);
        assertThat(post("keuangan", "api/wrse/applications", WrseApplicants.eligible().json())).isEqualTo(403);
        long id = recordedAndSubmitted();
        assertThat(post("penyelia", "api/wrse/applications/" + id + "/submission", "")).isEqualTo(403);
    }

    @Test
    void readingIsForLoanOfficersSupervisorsAndPolicyStaffButNotFinance() {
        long id = recordedAndSubmitted();
        for (String reader : new String[] {"petugas", "penyelia", "kebijakan"}) {
            assertThat(ApiClient.demo(app, reader).get("api/wrse/applications/" + id).status()).isEqualTo(200);
            assertThat(ApiClient.demo(app, reader).get("api/wrse/applications").status()).isEqualTo(200);
            assertThat(ApiClient.demo(app, reader).get("api/wrse/regencies/6402/ranking").status()).isEqualTo(200);
        }
        assertThat(ApiClient.demo(app, "keuangan").get("api/wrse/applications/" + id).status()).isEqualTo(403);
        assertThat(ApiClient.demo(app, "admin").get("api/wrse/applications").status()).isEqualTo(403);
    }

    @Test
    void policyStaffSeeTheNikMaskedOnTheRecordLoanOfficersAndSupervisorsInFull() {
        WrseApplicants applicant = WrseApplicants.eligible();
        long id = ApiClient.demo(app, "petugas").post("api/wrse/applications", applicant.json()).json()
                .getJsonNumber("id").longValue();
        String nik = applicant.nik();
        String masked = nik.substring(0, 4) + "********" + nik.substring(12);

        assertThat(ApiClient.demo(app, "petugas").get("api/wrse/applications/" + id).json()
                .getJsonObject("applicant").getString("nik")).isEqualTo(nik);
        assertThat(ApiClient.demo(app, "penyelia").get("api/wrse/applications/" + id).json()
                .getJsonObject("applicant").getString("nik")).isEqualTo(nik);
        ApiClient.Answer policy = ApiClient.demo(app, "kebijakan").get("api/wrse/applications/" + id);
        assertThat(policy.json().getJsonObject("applicant").getString("nik")).isEqualTo(masked);
        assertThat(policy.body()).doesNotContain(nik);
        assertThat(ApiClient.demo(app, "petugas").get("api/wrse/applications?size=100").body()).doesNotContain(nik);
    }

    @Test
    void theProvinceStepsAreForSupervisors() {
        long id = recordedAndSubmitted();
        assertThat(post("kebijakan", "api/wrse/applications/" + id + "/proposal", "")).isEqualTo(403);
        assertThat(post("petugas", "api/wrse/applications/" + id + "/proposal", "")).isEqualTo(200);
        assertThat(post("petugas", "api/wrse/applications/" + id + "/verification", "")).isEqualTo(403);
        assertThat(post("kebijakan", "api/wrse/applications/" + id + "/verification", "")).isEqualTo(403);
        assertThat(post("petugas", "api/wrse/applications/" + id + "/rejection", "{\"reason\":\"Tidak sesuai\"}")).isEqualTo(403);
        assertThat(post("petugas", "api/wrse/applications/" + id + "/review",
                "{\"decision\":\"ELIGIBLE\",\"justification\":\"Sudah diverifikasi di lapangan oleh petugas\"}")).isEqualTo(403);
        for (String kind : new String[] {"APPLICATION_LETTER", "KK_COPY", "KTP_COPY"}) {
            assertThat(ApiClient.demo(app, "petugas").put("api/wrse/applications/" + id + "/documents/" + kind,
                    "{\"received\": true}").status()).isEqualTo(200);
        }
        assertThat(post("penyelia", "api/wrse/applications/" + id + "/verification", "")).isEqualTo(200);
        assertThat(post("kebijakan", "api/wrse/applications/" + id + "/training", "{\"attendedOn\":\"" + WrseApplicants.today() + "\"}"))
                .isEqualTo(403);
    }

    @Test
    void quotasAreSetBySupervisorsOrPolicyStaff() {
        String quota = "{\"recipients\": 12, \"budget\": 36000000}";
        assertThat(ApiClient.demo(app, "petugas").put("api/wrse/regencies/6403/quotas/2030", quota).status()).isEqualTo(403);
        assertThat(ApiClient.demo(app, "keuangan").put("api/wrse/regencies/6403/quotas/2030", quota).status()).isEqualTo(403);
        assertThat(ApiClient.demo(app, "kebijakan").put("api/wrse/regencies/6403/quotas/2030", quota).status()).isEqualTo(200);
        assertThat(ApiClient.demo(app, "penyelia").put("api/wrse/regencies/6403/quotas/2030", quota).status()).isEqualTo(200);
        assertThat(ApiClient.demo(app, "petugas").get("api/wrse/regencies/6403/quotas/2030").json().getInt("recipients"))
                .isEqualTo(12);
    }

    private long recordedAndSubmitted() {
        ApiClient officer = ApiClient.demo(app, "petugas");
        long id = officer.post("api/wrse/applications", WrseApplicants.eligible().json()).json().getJsonNumber("id").longValue();
        assertThat(officer.post("api/wrse/applications/" + id + "/submission", "").status()).isEqualTo(200);
        return id;
    }
}
