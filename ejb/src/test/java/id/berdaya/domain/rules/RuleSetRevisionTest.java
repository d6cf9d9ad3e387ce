package id.berdaya.domain.rules;

import static id.berdaya.domain.rules.RuleSetFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.RuleRefusalException;
import id.berdaya.domain.shared.StateConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A version's lifecycle: drafted, edited under a lock, approved by a second person, in force, retired. */
class RuleSetRevisionTest {

    private static final List<RuleFile> DTSEN = List.of(new RuleFile("id/berdaya/rules/wrse/registry.drl",
            "package id.berdaya.rules.wrse;\n// DTSEN desil 1-4\n"));

    @Test
    void aDraftStartsFromItsSourceWithItsAuthorAndReason() {
        RuleSetRevision draft = RuleSetFixtures.draftBy("kebijakan");

        assertThat(draft.getStatus()).isEqualTo(RuleSetStatus.DRAFT);
        assertThat(draft.getNumber()).isEqualTo(2);
        assertThat(draft.getBasedOn()).isEqualTo(1);
        assertThat(draft.getAuthor()).isEqualTo("kebijakan");
        assertThat(draft.getReason()).isEqualTo("Inpres 4/2025: DTSEN");
        assertThat(draft.getFiles()).extracting(RuleFile::getPath).containsExactly("id/berdaya/rules/wrse/registry.drl");
        assertThat(draft.getTestCases()).extracting(TestCase::getName).containsExactly("a case");
    }

    @Test
    void theAuthorCannotApproveHerOwnDraft() {
        RuleSetRevision draft = RuleSetFixtures.draftBy("kebijakan");

        assertThatThrownBy(() -> draft.approve("kebijakan", null, null, NOW))
                .isInstanceOfSatisfying(RuleRefusalException.class, e -> {
                    assertThat(e.getReasons()).extracting(RuleRefusalException.Reason::code).containsExactly("FOUR_EYES");
                    assertThat(e.getMessage()).contains("second person");
                });
        assertThat(draft.getStatus()).isEqualTo(RuleSetStatus.DRAFT);
        assertThat(draft.getApprovedBy()).isNull();
    }

    @Test
    void aSecondPersonApprovesWithAnEffectiveTimeAndNoteAndNowByDefault() {
        RuleSetRevision later = RuleSetFixtures.draftBy("kebijakan");
        later.approve("penyelia", NOW.plus(Duration.ofDays(1)), "Sesuai Inpres 4/2025", NOW);
        assertThat(later.getStatus()).isEqualTo(RuleSetStatus.APPROVED);
        assertThat(later.getApprovedBy()).isEqualTo("penyelia");
        assertThat(later.getEffectiveAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(later.getApprovalNote()).isEqualTo("Sesuai Inpres 4/2025");

        RuleSetRevision now = RuleSetFixtures.draftBy("kebijakan");
        now.approve("kebijakan2", null, " ", NOW);
        assertThat(now.getEffectiveAt()).isEqualTo(NOW);
        assertThat(now.getApprovalNote()).isNull();
    }

    @Test
    void anEffectiveTimeInThePastIsRefusedButAMinuteAgoCountsAsNow() {
        RuleSetRevision draft = RuleSetFixtures.draftBy("kebijakan");

        assertThatThrownBy(() -> draft.approve("penyelia", NOW.minus(Duration.ofHours(1)), null, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("effectiveAt"));
        assertThat(draft.getStatus()).isEqualTo(RuleSetStatus.DRAFT);

        draft.approve("penyelia", NOW.minus(Duration.ofSeconds(40)), null, NOW);
        assertThat(draft.getEffectiveAt()).isEqualTo(NOW);
    }

    @Test
    void anEditBasedOnAnOutdatedLockVersionIsToldToReload() {
        RuleSetRevision draft = RuleSetFixtures.draftBy("kebijakan");

        assertThatThrownBy(() -> draft.edit(7, "kebijakan", "DTSEN", DTSEN, List.of(), "wrse-2", NOW))
                .isInstanceOfSatisfying(StateConflictException.class, e -> assertThat(e.getMessage()).contains("reload"));
        draft.edit(0, "kebijakan2", "DTSEN desil 1-4", DTSEN, List.of(), "wrse-2", NOW.plusSeconds(60));
        assertThat(draft.getEditedBy()).isEqualTo("kebijakan2");
        assertThat(draft.getFiles()).extracting(RuleFile::getContent).containsExactly(DTSEN.get(0).getContent());
        assertThat(draft.getContentId()).isEqualTo("wrse-2");
        assertThat(draft.getUpdatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void anEditNeedsAReasonAndAFile() {
        RuleSetRevision draft = RuleSetFixtures.draftBy("kebijakan");

        assertThatThrownBy(() -> draft.edit(0, "kebijakan", " ", DTSEN, List.of(), "wrse-2", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("reason"));
        assertThatThrownBy(() -> draft.edit(0, "kebijakan", "why", List.of(), List.of(), "wrse-2", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("files"));
    }

    @Test
    void onlyADraftCanBeEditedOrApproved() {
        RuleSetRevision approved = RuleSetFixtures.draftBy("kebijakan");
        approved.approve("penyelia", null, null, NOW);

        assertThatThrownBy(() -> approved.edit(0, "kebijakan", "more", DTSEN, List.of(), "wrse-3", NOW))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> approved.approve("penyelia", null, null, NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> RuleSetFixtures.shipped().approve("penyelia", null, null, NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void goesIntoForceReplacesAndComesBackOnRollback() {
        RuleSetRevision shipped = RuleSetFixtures.shipped();
        RuleSetRevision draft = RuleSetFixtures.draftBy("kebijakan");
        assertThatThrownBy(() -> draft.putInForce(NOW)).isInstanceOf(StateConflictException.class);
        draft.approve("penyelia", null, null, NOW);
        Instant swap = NOW.plusSeconds(1);

        shipped.retire(swap);
        draft.putInForce(swap);
        assertThat(shipped.getStatus()).isEqualTo(RuleSetStatus.RETIRED);
        assertThat(shipped.getRetiredAt()).isEqualTo(swap);
        assertThat(draft.getStatus()).isEqualTo(RuleSetStatus.IN_FORCE);
        assertThat(draft.getInForceSince()).isEqualTo(swap);

        Instant rollback = NOW.plusSeconds(60);
        draft.retire(rollback);
        shipped.putInForce(rollback);
        assertThat(shipped.getStatus()).isEqualTo(RuleSetStatus.IN_FORCE);
        assertThat(shipped.getRetiredAt()).isNull();
        assertThatThrownBy(() -> draft.retire(rollback)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void activationsRecordWhenTheyAreDueAndHowTheyWent() {
        RuleSetRevision draft = RuleSetFixtures.draftBy("kebijakan");
        draft.approve("penyelia", NOW.plusSeconds(3600), null, NOW);
        RuleSetActivation publication = RuleSetActivation.publication(draft);

        assertThat(publication.getType()).isEqualTo(RuleSetActivation.Type.PUBLICATION);
        assertThat(publication.getRequestedBy()).isEqualTo("penyelia");
        assertThat(publication.isDue(NOW)).isFalse();
        assertThat(publication.isDue(NOW.plusSeconds(3600))).isTrue();

        publication.done(NOW.plusSeconds(3601), 1, 85);
        assertThat(publication.getStatus()).isEqualTo(RuleSetActivation.Status.DONE);
        assertThat(publication.getReplacedNumber()).isEqualTo(1);
        assertThat(publication.getLagMillis()).isEqualTo(1000);
        assertThat(publication.isDue(NOW.plusSeconds(7200))).isFalse();
    }
}
