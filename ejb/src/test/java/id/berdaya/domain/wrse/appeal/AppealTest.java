package id.berdaya.domain.wrse.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.StateConflictException;
import id.berdaya.rules.wrse.WrseDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AppealTest {

    private static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final AppealTerms TERMS = new AppealTerms(30, 14, TODAY);
    private static final AppealedDecision LETTER = new AppealedDecision(7, 11, 21, "400.9/0003/DINSOS/2026", LETTER_DATE,
            Set.of("petugas", "penyelia"));

    private static Appeal lodge(LocalDate on, AppealGround ground, String grounds, String registry, String correction,
            AppealTerms terms) {
        return new Appeal(LETTER, on, ground, grounds, null, Appeal.CorrectedFacts.NONE, registry, correction, terms, "petugas",
                Instant.parse("2026-12-01T02:00:00Z"));
    }

    private static String fieldOf(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.getField();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void lodgedOnTheLastDayOfThePeriodIsInTimeAndIsDueFourteenDaysLater() {
        Appeal appeal = lodge(LETTER_DATE.plusDays(30), AppealGround.NEW_FACTS, "Sudah bercerai sejak Oktober", null, null,
                new AppealTerms(30, 14, LETTER_DATE.plusDays(30)));
        assertThat(appeal.getHandleBy()).isEqualTo(LETTER_DATE.plusDays(44));
        assertThat(appeal.periodEndsOn()).isEqualTo(LETTER_DATE.plusDays(30));
        assertThat(appeal.isOverdue(LETTER_DATE.plusDays(44))).isFalse();
        assertThat(appeal.isOverdue(LETTER_DATE.plusDays(45))).isTrue();
        assertThat(appeal.isDueWithin(LETTER_DATE.plusDays(41), 3)).isTrue();
        assertThat(appeal.isDueWithin(LETTER_DATE.plusDays(40), 3)).isFalse();
    }

    @Test
    void anAppealAfterThePeriodIsRefusedNamingLodgedOn() {
        assertThatThrownBy(() -> lodge(LETTER_DATE.plusDays(31), AppealGround.NEW_FACTS, "Sudah bercerai sejak Oktober",
                null, null, new AppealTerms(30, 14, LETTER_DATE.plusDays(31))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("appeal period of 30 days").hasMessageContaining("ended on 2026-12-02")
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("lodgedOn");
    }

    @Test
    void thePeriodIsThePolicyParameterNotAConstant() {
        assertThat(fieldOf(() -> lodge(LETTER_DATE.plusDays(8), AppealGround.OTHER, "Keberatan atas hasil verifikasi", null,
                null, new AppealTerms(7, 14, TODAY)))).isEqualTo("lodgedOn");
        assertThat(lodge(LETTER_DATE.plusDays(7), AppealGround.OTHER, "Keberatan atas hasil verifikasi", null, null,
                new AppealTerms(7, 3, TODAY)).getHandleBy()).isEqualTo(LETTER_DATE.plusDays(10));
    }

    @Test
    void refusesAnAppealWithoutGroundsBeforeTheLetterOrInTheFuture() {
        assertThat(fieldOf(() -> lodge(TODAY, AppealGround.OTHER, "  ", null, null, TERMS))).isEqualTo("grounds");
        assertThat(fieldOf(() -> lodge(TODAY, null, "Keberatan atas hasil verifikasi", null, null, TERMS))).isEqualTo("ground");
        assertThat(fieldOf(() -> lodge(LETTER_DATE.minusDays(1), AppealGround.OTHER, "Keberatan atas hasil", null, null, TERMS)))
                .isEqualTo("lodgedOn");
        assertThat(fieldOf(() -> lodge(TODAY.plusDays(1), AppealGround.OTHER, "Keberatan atas hasil", null, null, TERMS)))
                .isEqualTo("lodgedOn");
    }

    @Test
    void aRegistryErrorNeedsTheRegistryAndTheCorrection() {
        assertThat(fieldOf(() -> lodge(TODAY, AppealGround.REGISTRY_ERROR, "Tidak tercantum di P3KE padahal miskin", null,
                "Cantumkan di P3KE desil 1", TERMS))).isEqualTo("registry");
        assertThat(fieldOf(() -> lodge(TODAY, AppealGround.REGISTRY_ERROR, "Tidak tercantum di P3KE padahal miskin", "P3KE",
                " ", TERMS))).isEqualTo("correction");
    }

    @Test
    void whoTookPartInTheDecisionDoesNotHandleTheAppealAndItIsDecidedOnce() {
        Appeal appeal = lodge(TODAY, AppealGround.OTHER, "Keberatan atas hasil verifikasi", null, null, TERMS);
        assertThat(fieldOf(() -> appeal.requireHandler("penyelia"))).isEqualTo("supervisor");

        appeal.decide(RuleSetChoice.CURRENT, null, new Appeal.Rescreening("wrse-a", WrseDecision.ELIGIBLE),
                new Appeal.Rescreening("wrse-b", WrseDecision.INELIGIBLE), 12, "penyelia2", Instant.now());
        assertThat(appeal.getOutcome()).isEqualTo(AppealOutcome.DISMISSED);
        assertThat(appeal.getOriginalOutcome()).isEqualTo(WrseDecision.ELIGIBLE);
        assertThat(appeal.getOriginalRuleSetVersion()).isEqualTo("wrse-a");
        assertThat(appeal.getCurrentRuleSetVersion()).isEqualTo("wrse-b");
        assertThat(appeal.isOverdue(TODAY.plusDays(100))).isFalse();
        assertThatThrownBy(() -> appeal.requireHandler("penyelia3")).isInstanceOf(StateConflictException.class);
    }
}
