package id.berdaya.domain.wrse;

import static id.berdaya.domain.wrse.WrseFixtures.NOW;
import static id.berdaya.domain.wrse.WrseFixtures.OFFICER;
import static id.berdaya.domain.wrse.WrseFixtures.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.rules.wrse.WrseDecision;
import org.junit.jupiter.api.Test;

class SupervisorJudgementTest {

    private static final String JUSTIFICATION = "Terdaftar di P3KE desil 1; DTKS diverifikasi oleh petugas desa";

    @Test
    void aSupervisorResolvesNeedsReviewWithAJustificationKeptOnTheDecision() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.NEEDS_REVIEW, 60);

        application.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, SUPERVISOR, NOW);

        ScreeningDecision decision = application.latestDecision();
        assertThat(decision.getDecision()).isEqualTo(WrseDecision.NEEDS_REVIEW);
        assertThat(decision.effectiveDecision()).isEqualTo(WrseDecision.ELIGIBLE);
        assertThat(decision.getJustification()).isEqualTo(JUSTIFICATION);
        assertThat(decision.getJudgedBy()).isEqualTo(SUPERVISOR);
        assertThat(application.getCurrentDecision()).isEqualTo(WrseDecision.ELIGIBLE);
        assertThat(application.getHistory()).last().extracting(StatusChange::getAction)
                .isEqualTo(ApplicationAction.REVIEW_RESOLVED);
    }

    @Test
    void needsReviewMayAlsoBeResolvedAsIneligible() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.NEEDS_REVIEW, 60);

        application.judge(WrseDecision.INELIGIBLE, JUSTIFICATION, SUPERVISOR, NOW);

        assertThat(application.getCurrentDecision()).isEqualTo(WrseDecision.INELIGIBLE);
    }

    @Test
    void anIneligibleDecisionCanOnlyBeOverriddenToEligible() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.INELIGIBLE, 60);

        assertThatThrownBy(() -> application.judge(WrseDecision.INELIGIBLE, JUSTIFICATION, SUPERVISOR, NOW))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("decision");

        application.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, SUPERVISOR, NOW);
        application.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, "penyelia2", NOW);
        assertThat(application.getHistory()).last().extracting(StatusChange::getAction)
                .isEqualTo(ApplicationAction.DECISION_OVERRIDDEN);
    }

    @Test
    void overridingAFailNeedsASecondSupervisor() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.INELIGIBLE, 60);

        application.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, SUPERVISOR, NOW);
        assertThat(application.getCurrentDecision()).isEqualTo(WrseDecision.INELIGIBLE);
        assertThat(application.overrideRequestedBy()).isEqualTo(SUPERVISOR);
        assertThatThrownBy(() -> application.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, SUPERVISOR, NOW))
                .isInstanceOf(StateConflictException.class).hasMessageContaining("second supervisor");

        application.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, "penyelia2", NOW);
        assertThat(application.getCurrentDecision()).isEqualTo(WrseDecision.ELIGIBLE);
        assertThat(application.latestDecision().getJudgedBy()).isEqualTo("penyelia2");
    }

    @Test
    void whoJudgedAReviewDoesNotVerifyItAndVerificationNeedsEveryDocument() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.NEEDS_REVIEW, 60);
        application.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, SUPERVISOR, NOW);
        application.propose(OFFICER, NOW);

        assertThatThrownBy(() -> application.verify(SUPERVISOR, NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("someone other than who judged");
        assertThatThrownBy(() -> application.verify("penyelia2", NOW)).isInstanceOf(MissingDocumentsException.class)
                .hasMessageContaining("Application letter").hasMessageContaining("KTP");
        for (DocumentKind kind : DocumentKind.values()) {
            application.markDocument(kind, true, OFFICER, NOW);
        }
        application.verify("penyelia2", NOW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.VERIFIED);
    }

    @Test
    void neverByTheOfficerWhoEnteredTheApplication() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.NEEDS_REVIEW, 60);

        assertThatThrownBy(() -> application.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, OFFICER, NOW))
                .isInstanceOf(StateConflictException.class);
        assertThat(application.getCurrentDecision()).isEqualTo(WrseDecision.NEEDS_REVIEW);
    }

    @Test
    void refusesAJudgementWithoutARealJustification() {
        WrseApplication application = WrseFixtures.submitted(WrseDecision.NEEDS_REVIEW, 60);

        assertThatThrownBy(() -> application.judge(WrseDecision.ELIGIBLE, "ok", SUPERVISOR, NOW))
                .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("justification");
        assertThatThrownBy(() -> application.judge(WrseDecision.ELIGIBLE, null, SUPERVISOR, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusesToJudgeAnEligibleOrAlreadyJudgedDecision() {
        WrseApplication eligible = WrseFixtures.submitted(WrseDecision.ELIGIBLE, 60);
        assertThatThrownBy(() -> eligible.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, SUPERVISOR, NOW))
                .isInstanceOf(StateConflictException.class);

        WrseApplication review = WrseFixtures.submitted(WrseDecision.NEEDS_REVIEW, 60);
        review.judge(WrseDecision.INELIGIBLE, JUSTIFICATION, SUPERVISOR, NOW);
        assertThatThrownBy(() -> review.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, "penyelia2", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void aJudgementCanBeMadeOnlyBeforeTheProposal() {
        WrseApplication draft = WrseFixtures.draft();
        assertThatThrownBy(() -> draft.judge(WrseDecision.ELIGIBLE, JUSTIFICATION, SUPERVISOR, NOW))
                .isInstanceOf(StateConflictException.class);
    }
}
