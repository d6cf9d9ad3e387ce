package id.berdaya.domain.rules;

import static id.berdaya.domain.rules.RuleSetFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.StateConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A rollback is four-eyes like a publication: asked for by one person, approved by another. */
class RuleSetActivationTest {

    private static final Instant LATER = NOW.plusSeconds(3600);

    @Test
    void aRequestedRollbackWaitsForASecondPersonAndIsNotDue() {
        RuleSetActivation rollback = RuleSetActivation.rollback(RuleSetFixtures.shipped(), "kebijakan", NOW, "DTSEN belum lengkap", NOW);

        assertThat(rollback.getStatus()).isEqualTo(RuleSetActivation.Status.REQUESTED);
        assertThat(rollback.isAwaitingApproval()).isTrue();
        assertThat(rollback.isDue(LATER)).as("nothing goes into force on one person's word").isFalse();
        assertThat(rollback.getApprovedBy()).isNull();
    }

    @Test
    void theRequesterCannotApproveHerOwnRollback() {
        RuleSetActivation rollback = RuleSetActivation.rollback(RuleSetFixtures.shipped(), "kebijakan", NOW, "x", NOW);

        assertThatThrownBy(() -> rollback.approveRollback("kebijakan", NOW, NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("second person");
        assertThat(rollback.getStatus()).isEqualTo(RuleSetActivation.Status.REQUESTED);
    }

    @Test
    void aSecondPersonsApprovalMakesItPendingAtTheApprovedTime() {
        RuleSetActivation rollback = RuleSetActivation.rollback(RuleSetFixtures.shipped(), "kebijakan", NOW, "x", NOW);

        rollback.approveRollback("penyelia", LATER, NOW);

        assertThat(rollback.getStatus()).isEqualTo(RuleSetActivation.Status.PENDING);
        assertThat(rollback.getApprovedBy()).isEqualTo("penyelia");
        assertThat(rollback.getApprovedAt()).isEqualTo(NOW);
        assertThat(rollback.isDue(NOW)).isFalse();
        assertThat(rollback.isDue(LATER)).isTrue();
    }

    @Test
    void anApprovedRollbackCannotBeApprovedAgain() {
        RuleSetActivation rollback = RuleSetActivation.rollback(RuleSetFixtures.shipped(), "kebijakan", NOW, "x", NOW);
        rollback.approveRollback("penyelia", NOW, NOW);

        assertThatThrownBy(() -> rollback.approveRollback("admin", NOW, NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("not waiting for approval");
    }
}
