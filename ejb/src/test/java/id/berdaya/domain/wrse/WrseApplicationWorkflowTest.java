package id.berdaya.domain.wrse;

import static id.berdaya.domain.wrse.WrseFixtures.NOW;
import static id.berdaya.domain.wrse.WrseFixtures.OFFICER;
import static id.berdaya.domain.wrse.WrseFixtures.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.Rupiah;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.rules.wrse.WrseDecision;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrseApplicationWorkflowTest {

    private static final LocalDate TRAINING = LocalDate.of(2026, 11, 21);

    @Test
    void aNewApplicationIsADraftWithItsRecordingInTheHistory() {
        WrseApplication application = WrseFixtures.draft();

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.getProgrammeYear()).isEqualTo(2026);
        assertThat(application.getHistory()).singleElement().satisfies(step -> {
            assertThat(step.getAction()).isEqualTo(ApplicationAction.RECORDED);
            assertThat(step.getChangedBy()).isEqualTo(OFFICER);
            assertThat(step.getChangedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void runsTheWholeWayFromDraftToAidDelivered() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.ELIGIBLE, 75);
        application.propose("dinsos-kukar", NOW);
        WrseFixtures.receiveAllDocuments(application);
        application.verify("provinsi", NOW);
        application.recordTraining(TRAINING, OFFICER, NOW);
        application.deliverAid(List.of("Kompor gas dua tungku", "Panci set"), null, LocalDate.of(2026, 11, 22), OFFICER, NOW);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AID_DELIVERED);
        assertThat(application.getAidValue()).isEqualTo(3_000_000L);
        assertThat(application.getAidItems()).containsExactly("Kompor gas dua tungku", "Panci set");
        List<StatusChange> steps = application.getHistory().stream()
                .filter(change -> change.getAction() != ApplicationAction.DOCUMENT_UPDATED).toList();
        assertThat(steps).extracting(StatusChange::getToStatus).containsExactly(
                ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.PROPOSED,
                ApplicationStatus.VERIFIED, ApplicationStatus.TRAINED, ApplicationStatus.AID_DELIVERED);
        assertThat(steps).extracting(StatusChange::getChangedBy)
                .containsExactly(OFFICER, OFFICER, "dinsos-kukar", "provinsi", OFFICER, OFFICER);
    }

    @Test
    void refusesToSkipAState() {
        WrseApplication draft = WrseFixtures.draft();
        assertThatThrownBy(() -> draft.propose(OFFICER, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> draft.verify(SUPERVISOR, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> draft.recordTraining(TRAINING, OFFICER, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> draft.deliverAid(List.of("Mesin jahit"), null, TRAINING, OFFICER, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThat(draft.getStatus()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.getHistory()).hasSize(1);
    }

    @Test
    void refusesToProposeAnApplicationThatIsNotEligible() {
        WrseApplication review = WrseFixtures.submitted(WrseDecision.NEEDS_REVIEW, 50);
        WrseApplication ineligible = WrseFixtures.submitted(WrseDecision.INELIGIBLE, 50);

        assertThatThrownBy(() -> review.propose(OFFICER, NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("NEEDS_REVIEW");
        assertThatThrownBy(() -> ineligible.propose(OFFICER, NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void reScreeningKeepsEveryEarlierDecision() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.INELIGIBLE, 40);
        application.correct(WrseFixtures.siti().fullName("Siti Aminah binti Usman").build(),
                WrseFixtures.APPLICATION_DATE, List.of(), List.of(), OFFICER, NOW);
        application.submit(WrseFixtures.result(WrseDecision.ELIGIBLE, 75), "wrse-newer", "{\"b\":1}", OFFICER, NOW);

        assertThat(application.getDecisions()).extracting(ScreeningDecision::getDecision)
                .containsExactly(WrseDecision.INELIGIBLE, WrseDecision.ELIGIBLE);
        assertThat(application.getDecisions()).extracting(ScreeningDecision::getRuleSetVersion)
                .containsExactly("wrse-test", "wrse-newer");
        assertThat(application.getCurrentDecision()).isEqualTo(WrseDecision.ELIGIBLE);
        assertThat(application.getHistory()).extracting(StatusChange::getAction).containsExactly(
                ApplicationAction.RECORDED, ApplicationAction.SUBMITTED, ApplicationAction.CORRECTED,
                ApplicationAction.RESCREENED);
    }

    @Test
    void refusesCorrectionsOnceProposed() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.ELIGIBLE, 75);
        application.propose(OFFICER, NOW);

        assertThatThrownBy(() -> application.correct(WrseFixtures.siti().build(), WrseFixtures.APPLICATION_DATE,
                List.of(), List.of(), OFFICER, NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void rejectionNeedsAReasonAndFreesTheNikForTheYear() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.ELIGIBLE, 75);
        application.propose(OFFICER, NOW);

        assertThatThrownBy(() -> application.reject("  ", SUPERVISOR, NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(application.openKey).isEqualTo("6402054507850001:2026");

        application.reject("Sudah menerima bantuan serupa dari kabupaten", SUPERVISOR, NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.openKey).isNull();
        assertThatThrownBy(() -> application.verify(SUPERVISOR, NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void refusesTrainingDatesBeforeTheApplicationOrInTheFuture() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.ELIGIBLE, 75);
        application.propose(OFFICER, NOW);
        WrseFixtures.receiveAllDocuments(application);
        application.verify(SUPERVISOR, NOW);

        assertThatThrownBy(() -> application.recordTraining(LocalDate.of(2026, 11, 19), OFFICER, NOW))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("attendedOn");
        assertThatThrownBy(() -> application.recordTraining(LocalDate.of(2026, 11, 23), OFFICER, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aidDeliveryNeedsItemsAndAHandoverOnOrAfterTraining() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.ELIGIBLE, 75);
        application.propose(OFFICER, NOW);
        WrseFixtures.receiveAllDocuments(application);
        application.verify(SUPERVISOR, NOW);
        application.recordTraining(TRAINING, OFFICER, NOW);

        assertThatThrownBy(() -> application.deliverAid(List.of(), null, TRAINING, OFFICER, NOW))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("items");
        assertThatThrownBy(() -> application.deliverAid(List.of("Oven"), null, TRAINING.minusDays(1), OFFICER, NOW))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("handoverDate");

        application.deliverAid(List.of("Oven"), Rupiah.of(2_750_000), TRAINING, OFFICER, NOW);
        assertThat(application.getAidValueAsRupiah()).isEqualTo(Rupiah.of(2_750_000));
    }
}
