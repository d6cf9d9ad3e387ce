package id.berdaya.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import id.berdaya.domain.security.StaffUserRepository;
import id.berdaya.domain.wrse.Applicant;
import id.berdaya.domain.wrse.ApplicationAction;
import id.berdaya.domain.wrse.RegistryEntry;
import id.berdaya.domain.wrse.ScreeningDecision;
import id.berdaya.domain.wrse.StatusChange;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.infrastructure.rules.RuleEngine;
import id.berdaya.infrastructure.security.PasswordHasher;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Outcome;
import id.berdaya.rules.Sex;
import id.berdaya.rules.wrse.WrseApplicant;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: a WRSE application with its decision, criteria and history round-trips through
 * the V4 schema; the database itself keeps one open application per NIK per year; and a person who
 * is both loan officer and supervisor may not judge the application she entered.
 */
@ExtendWith(ArquillianExtension.class)
class WrsePersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(WrsePersistenceIT.class, ApiClient.class, WrseApplicants.class);
    }

    @Inject
    private WrseApplicationRepository applications;

    @Inject
    private RuleEngine ruleEngine;

    @Inject
    private StaffUserRepository users;

    @Inject
    private PasswordHasher passwordHasher;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    private static Applicant applicant(int serial) {
        return Applicant.builder().nik(String.format("6402015003910%03d", serial)).kkNumber("6402010101910001")
                .fullName("Nur \"Ita\" Aisyah").sex(Sex.F).birthDate(LocalDate.of(1991, 3, 10))
                .maritalStatus(MaritalStatus.WIDOWED).domicile("6402", "640201", "Muara Muntai Ulu")
                .business(false, "FISHERY", null).household(true, false).build();
    }

    @Test
    void anApplicationWithItsDecisionAndHistoryRoundTrips() throws Exception {
        int serial = (int) (System.nanoTime() % 900) + 100;
        tx.begin();
        WrseApplication created = new WrseApplication(applicant(serial), LocalDate.now().minusDays(1),
                List.of(new RegistryEntry("DTKS", null, null), new RegistryEntry("P3KE", 2, LocalDate.of(2025, 10, 1))),
                List.of("BPNT"), "petugas", Instant.now());
        applications.add(created);
        WrseApplicant facts = created.toFacts(null);
        RuleEngine.Screening screening = ruleEngine.screen(facts);
        created.submit(screening.result(), screening.ruleSetVersion(),
                id.berdaya.domain.wrse.FactsSnapshot.of(facts), "petugas", Instant.now());
        tx.commit();

        tx.begin();
        WrseApplication read = applications.findComplete(created.getId()).orElseThrow();
        tx.commit();
        assertThat(read.getApplicant().getFullName()).isEqualTo("Nur \"Ita\" Aisyah");
        assertThat(read.getRegistries()).extracting(RegistryEntry::getRegistry).containsExactlyInAnyOrder("DTKS", "P3KE");
        assertThat(read.getCurrentAid()).containsExactly("BPNT");
        ScreeningDecision decision = read.getDecisions().get(0);
        assertThat(decision.getCriteria()).hasSize(9);
        assertThat(decision.getCriteria().get(0).getCode()).isEqualTo("SEX");
        assertThat(decision.getCriteria()).allMatch(c -> c.getOutcome() == Outcome.PASS);
        assertThat(decision.getRuleSetVersion()).isEqualTo(screening.ruleSetVersion());
        assertThat(decision.getInputSnapshot()).contains("\"fullName\":\"Nur \\\"Ita\\\" Aisyah\"", "\"decile\":2");
        assertThat(decision.getScoreLines()).isNotEmpty();
        assertThat(read.getHistory()).extracting(StatusChange::getAction)
                .containsExactly(ApplicationAction.RECORDED, ApplicationAction.SUBMITTED);
        assertThat(read.missingDocuments()).hasSize(3);
    }

    @Test
    void theDatabaseRefusesASecondOpenApplicationForTheSameNikAndYear() throws Exception {
        int serial = (int) (System.nanoTime() % 900) + 100;
        tx.begin();
        applications.add(new WrseApplication(applicant(serial), LocalDate.now().minusDays(1), List.of(), List.of(),
                "petugas", Instant.now()));
        tx.commit();

        tx.begin();
        try {
            assertThatThrownBy(() -> {
                applications.add(new WrseApplication(applicant(serial), LocalDate.now().minusDays(2), List.of(),
                        List.of(), "petugas", Instant.now()));
                applications.flush();
            }).isInstanceOf(jakarta.persistence.PersistenceException.class);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void aSupervisorWhoEnteredTheApplicationMayNotJudgeIt() throws Exception {
        String username = "dwiperan" + System.nanoTime() % 100_000;
        tx.begin();
        users.add(new StaffUser(username, passwordHasher.hash("demo".toCharArray()), "Dwi Peran", null,
                Set.of(Role.LOAN_OFFICER, Role.SUPERVISOR)));
        tx.commit();
        URL server = new URL("http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/berdaya/");
        ApiClient both = ApiClient.as(server, username, "demo");

        long id = both.post("api/wrse/applications", WrseApplicants.eligible().registries("DTKS").json()).json()
                .getJsonNumber("id").longValue();
        assertThat(both.post("api/wrse/applications/" + id + "/submission", "").json().getString("decision"))
                .isEqualTo("NEEDS_REVIEW");
        String judgement = "{\"decision\": \"ELIGIBLE\", \"justification\": \"Sudah saya cek sendiri di desa kemarin\"}";

        ApiClient.Answer own = both.post("api/wrse/applications/" + id + "/review", judgement);
        assertThat(own.status()).as(own.toString()).isEqualTo(409);
        assertThat(own.json().getString("message")).contains("someone other than");

        ApiClient.Answer other = ApiClient.demo(server, "penyelia").post("api/wrse/applications/" + id + "/review", judgement);
        assertThat(other.status()).as(other.toString()).isEqualTo(200);
    }
}
