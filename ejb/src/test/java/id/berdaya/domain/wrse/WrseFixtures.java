package id.berdaya.domain.wrse;

import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.ScoreComponent;
import id.berdaya.rules.Sex;
import id.berdaya.rules.wrse.WrseDecision;
import id.berdaya.rules.wrse.WrseScreeningResult;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Test data: Siti Aminah of Muara Badak, entered by a loan officer on 22 November 2026. */
final class WrseFixtures {

    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    static final LocalDate APPLICATION_DATE = LocalDate.of(2026, 11, 20);
    static final String OFFICER = "petugas";
    static final String SUPERVISOR = "penyelia";

    private WrseFixtures() {
    }

    static ApplicantBuilder siti() {
        return Applicant.builder()
                .nik("6402054507850001").kkNumber("6402051203150007").fullName("Siti Aminah")
                .sex(Sex.F).birthDate(LocalDate.of(1985, 7, 5)).maritalStatus(MaritalStatus.MARRIED)
                .domicile("6402", "640205", "Badak Baru")
                .business(false, "CULINARY", null)
                .household(true, false);
    }

    static WrseApplication draft() {
        return draft(siti().build());
    }

    static WrseApplication draft(Applicant applicant) {
        return new WrseApplication(applicant, APPLICATION_DATE,
                List.of(new RegistryEntry("DTKS", null, null), new RegistryEntry("P3KE", 1, null)), List.of(),
                OFFICER, NOW);
    }

    static WrseScreeningResult result(WrseDecision decision, int score) {
        List<CriterionResult> criteria = switch (decision) {
            case ELIGIBLE -> List.of(CriterionResult.pass("SEX", "Perempuan", "Female"));
            case NEEDS_REVIEW -> List.of(CriterionResult.review("REGISTRY", "Hanya DTKS", "Only DTKS"));
            case INELIGIBLE -> List.of(CriterionResult.fail("PKH", "Penerima PKH", "Receives PKH"));
        };
        return new WrseScreeningResult(decision, score, criteria,
                List.of(new ScoreComponent("NO_BUSINESS", score, "Belum punya usaha", "No business")));
    }

    static WrseApplication submitted(WrseDecision decision, int score) {
        WrseApplication application = draft();
        application.submit(result(decision, score), "wrse-test", "{}", OFFICER, NOW);
        return application;
    }

    /** Sets the database id, as persisting would. */
    static WrseApplication withId(WrseApplication application, long id) {
        try {
            Field field = WrseApplication.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(application, id);
            return application;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ticks every document the decree asks for as received, as the officer does before verification. */
    static void receiveAllDocuments(WrseApplication application) {
        for (DocumentKind kind : DocumentKind.values()) {
            application.markDocument(kind, true, OFFICER, NOW);
        }
    }
}
