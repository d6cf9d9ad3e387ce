package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code POST /api/wrse/screenings}: each criterion on both sides, the decision, the score, the answer's shape. */
@ExtendWith(ArquillianExtension.class)
class WrseScreeningIT {

    private static final String SCREENINGS = "api/wrse/screenings";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    private URL app;

    private JsonObject screen(WrseApplicants applicant) {
        ApiClient.Answer answer = ApiClient.demo(app, "petugas").post(SCREENINGS, applicant.json());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static LocalDate today() {
        return WrseApplicants.today();
    }

    @Test
    void anEligibleApplicantPassesAllNineCriteriaWithReasonsInBothLanguages() {
        JsonObject decision = screen(WrseApplicants.eligible());

        assertThat(decision.getString("decision")).isEqualTo("ELIGIBLE");
        assertThat(decision.getInt("priorityScore")).isEqualTo(75);
        assertThat(decision.getString("ruleSetVersion")).startsWith("wrse-");
        assertThat(WrseApplicants.outcomes(decision)).containsOnlyKeys("SEX", "AGE", "RESIDENCE", "REGISTRY", "PKH",
                "KUBE", "PRIOR_AID", "SKILL", "BUSINESS").containsValues("PASS").doesNotContainValue("FAIL");
        decision.getJsonArray("criteria").forEach(c -> {
            assertThat(c.asJsonObject().getJsonObject("reason").getString("id")).isNotBlank();
            assertThat(c.asJsonObject().getJsonObject("reason").getString("en")).isNotBlank();
        });
    }

    @Test
    void sexFailsForAMan() {
        JsonObject decision = screen(WrseApplicants.eligible().man());
        assertThat(WrseApplicants.outcomes(decision)).containsEntry("SEX", "FAIL");
        assertThat(decision.getString("decision")).isEqualTo("INELIGIBLE");
    }

    @Test
    void ageCountsFromTheEighteenthBirthdayToTheDayBeforeTheSixtieth() {
        assertThat(WrseApplicants.outcomes(screen(WrseApplicants.eligible().born(today().minusYears(18)))))
                .containsEntry("AGE", "PASS");
        assertThat(WrseApplicants.outcomes(screen(WrseApplicants.eligible().born(today().minusYears(60).plusDays(1)))))
                .containsEntry("AGE", "PASS");
        JsonObject sixty = screen(WrseApplicants.eligible().born(today().minusYears(60)));
        assertThat(WrseApplicants.outcomes(sixty)).containsEntry("AGE", "FAIL");
        assertThat(WrseApplicants.criterion(sixty, "AGE").getJsonObject("reason").getString("id"))
                .contains("Usia 60 tahun", "18–59");
    }

    @Test
    void underEighteenIsReviewedIfMarriedAndFailsIfNot() {
        LocalDate seventeen = today().minusYears(18).plusDays(1);
        JsonObject married = screen(WrseApplicants.eligible().born(seventeen));
        assertThat(WrseApplicants.outcomes(married)).containsEntry("AGE", "REVIEW");
        assertThat(married.getString("decision")).isEqualTo("NEEDS_REVIEW");

        JsonObject unmarried = screen(WrseApplicants.eligible().born(seventeen).set("maritalStatus", "UNMARRIED"));
        assertThat(WrseApplicants.outcomes(unmarried)).containsEntry("AGE", "FAIL");
    }

    @Test
    void residenceOutsideEastKalimantanIsScreenedAndFails() {
        JsonObject decision = screen(WrseApplicants.eligible().set("regencyCode", "3171").without("districtCode"));
        assertThat(WrseApplicants.outcomes(decision)).containsEntry("RESIDENCE", "FAIL");
        assertThat(decision.getString("decision")).isEqualTo("INELIGIBLE");
    }

    @Test
    void registryPassesForBothReviewsForOneAndFailsForNeither() {
        assertThat(WrseApplicants.outcomes(screen(WrseApplicants.eligible().registries("DTKS"))))
                .containsEntry("REGISTRY", "REVIEW");
        assertThat(WrseApplicants.outcomes(screen(WrseApplicants.eligible().registries("P3KE:2"))))
                .containsEntry("REGISTRY", "REVIEW");
        JsonObject neither = screen(WrseApplicants.eligible().registries("DTSEN:1"));
        assertThat(WrseApplicants.outcomes(neither)).containsEntry("REGISTRY", "FAIL");
        assertThat(neither.getString("decision")).isEqualTo("INELIGIBLE");
    }

    @Test
    void failBeatsReview() {
        JsonObject decision = screen(WrseApplicants.eligible().registries("DTKS").aid("PKH"));
        assertThat(WrseApplicants.outcomes(decision)).containsEntry("REGISTRY", "REVIEW").containsEntry("PKH", "FAIL");
        assertThat(decision.getString("decision")).isEqualTo("INELIGIBLE");
    }

    @Test
    void currentPkhOrKubeRecipientsFailButOtherAidIsOnlyRecorded() {
        assertThat(WrseApplicants.outcomes(screen(WrseApplicants.eligible().aid("PKH")))).containsEntry("PKH", "FAIL");
        assertThat(WrseApplicants.outcomes(screen(WrseApplicants.eligible().aid("KUBE")))).containsEntry("KUBE", "FAIL");
        assertThat(screen(WrseApplicants.eligible().aid("BPNT", "PBI_JK")).getString("decision")).isEqualTo("ELIGIBLE");
    }

    @Test
    void priorWrseAidInAnEarlierYearFails() {
        JsonObject decision = screen(WrseApplicants.eligible().set("priorWrseAidYear", today().getYear() - 2));
        assertThat(WrseApplicants.outcomes(decision)).containsEntry("PRIOR_AID", "FAIL");
        assertThat(WrseApplicants.criterion(decision, "PRIOR_AID").getJsonObject("reason").getString("en"))
                .contains(Integer.toString(today().getYear() - 2));
    }

    @Test
    void skillFailsWithoutABusinessField() {
        assertThat(WrseApplicants.outcomes(screen(WrseApplicants.eligible().set("businessField", null))))
                .containsEntry("SKILL", "FAIL");
    }

    @Test
    void anExistingBusinessPassesButCostsThirtyPoints() {
        JsonObject decision = screen(WrseApplicants.eligible().set("hasBusiness", true));
        assertThat(WrseApplicants.outcomes(decision)).containsEntry("BUSINESS", "PASS");
        assertThat(decision.getString("decision")).isEqualTo("ELIGIBLE");
        assertThat(decision.getInt("priorityScore")).isEqualTo(45);
    }

    @Test
    void everyScoreComponentAddsUp() {
        JsonObject all = screen(WrseApplicants.eligible().set("maritalStatus", "WIDOWED").set("priorSkillsTraining", true));
        assertThat(all.getInt("priorityScore")).isEqualTo(100);
        JsonObject decile2 = screen(WrseApplicants.eligible().registries("DTKS", "P3KE:2").set("mainBreadwinner", false));
        assertThat(decile2.getInt("priorityScore")).isEqualTo(30 + 15);
    }

    @Test
    void screeningStoresNothing() {
        WrseApplicants applicant = WrseApplicants.eligible();
        screen(applicant);

        ApiClient.Answer history = ApiClient.demo(app, "petugas").get("api/wrse/applicants/" + applicant.nik() + "/applications");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.jsonArray()).isEmpty();
    }

    @Test
    void applicationDateDefaultsToToday() {
        JsonObject decision = screen(WrseApplicants.eligible().born(today().minusYears(18)).without("applicationDate"));
        assertThat(WrseApplicants.outcomes(decision)).containsEntry("AGE", "PASS");
    }
}
