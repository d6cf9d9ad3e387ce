package id.berdaya.rules.wrse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.ScoreComponent;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each default score component alone (from a baseline of 0), then all of them together. */
class WrsePriorityScoreTest {

    private static final WrseScreener SCREENER = new WrseScreener(RuleSetCompiler.compile(DefaultRuleSets.wrse()));

    static Stream<Arguments> components() {
        return Stream.of(
                arguments("no existing business +30", change(b -> b.hasBusiness(false)), 30, "Belum memiliki usaha"),
                arguments("P3KE decile 1 +25", p3keDecile(1), 25, "Desil 1 P3KE (kemiskinan ekstrem)"),
                arguments("P3KE decile 2 +15", p3keDecile(2), 15, "Desil 2 P3KE"),
                arguments("P3KE decile 3 +5", p3keDecile(3), 5, "Desil 3 P3KE"),
                arguments("P3KE decile 4 +5", p3keDecile(4), 5, "Desil 4 P3KE"),
                arguments("P3KE decile 5 +0", p3keDecile(5), 0, null),
                arguments("P3KE without a decile +0", p3keDecile(null), 0, null),
                arguments("a DTSEN decile 1 does not count as P3KE +0",
                        change(b -> b.registries(List.of(new RegistryListing("DTKS", null),
                                new RegistryListing("P3KE", 6), new RegistryListing("DTSEN", 1)))), 0, null),
                arguments("main breadwinner +20", change(b -> b.mainBreadwinner(true)), 20,
                        "Pencari nafkah utama keluarga"),
                arguments("divorced +15", status(MaritalStatus.DIVORCED), 15, "Status perkawinan: cerai hidup"),
                arguments("widowed +15", status(MaritalStatus.WIDOWED), 15, "Status perkawinan: cerai mati"),
                arguments("abandoned +15", status(MaritalStatus.ABANDONED), 15,
                        "Status perkawinan: ditinggal suami tanpa kejelasan"),
                arguments("unmarried +0", status(MaritalStatus.UNMARRIED), 0, null),
                arguments("earlier skills training +10", change(b -> b.priorSkillsTraining(true)), 10,
                        "Pernah mengikuti pelatihan keterampilan"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("components")
    void addsEachComponentWithItsReason(String name, UnaryOperator<WrseApplicant.Builder> change, int points,
            String reasonId) {
        WrseScreeningResult result = SCREENER.screen(change.apply(Applicants.eligibleWithoutPriority()).build());

        assertThat(result.getPriorityScore()).isEqualTo(points);
        if (points == 0) {
            assertThat(result.getScoreComponents()).isEmpty();
        } else {
            assertThat(result.getScoreComponents()).singleElement().satisfies(component -> {
                assertThat(component.getPoints()).isEqualTo(points);
                assertThat(component.getReasonId()).isEqualTo(reasonId);
                assertThat(component.getReasonEn()).isNotBlank();
            });
        }
    }

    @Test
    void sumsEveryComponentToTheMaximumOf100LargestFirst() {
        WrseScreeningResult result = SCREENER.screen(Applicants.eligibleWithoutPriority()
                .hasBusiness(false)
                .registries(List.of(new RegistryListing("DTKS", null), new RegistryListing("P3KE", 1)))
                .mainBreadwinner(true)
                .maritalStatus(MaritalStatus.WIDOWED)
                .priorSkillsTraining(true)
                .build());

        assertThat(result.getPriorityScore()).isEqualTo(100);
        assertThat(result.getScoreComponents())
                .extracting(ScoreComponent::getCode, ScoreComponent::getPoints)
                .containsExactly(tuple("NO_BUSINESS", 30), tuple("P3KE_DECILE", 25), tuple("MAIN_BREADWINNER", 20),
                        tuple("MARITAL_STATUS", 15), tuple("SKILLS_TRAINING", 10));
    }

    @Test
    void scoresAnIneligibleApplicantToo() {
        WrseScreeningResult result = SCREENER.screen(Applicants.eligibleWithoutPriority()
                .hasBusiness(false).currentAid(List.of("PKH")).build());

        assertThat(result.getDecision()).isEqualTo(WrseDecision.INELIGIBLE);
        assertThat(result.getPriorityScore()).isEqualTo(30);
    }

    private static UnaryOperator<WrseApplicant.Builder> change(UnaryOperator<WrseApplicant.Builder> change) {
        return change;
    }

    private static UnaryOperator<WrseApplicant.Builder> p3keDecile(Integer decile) {
        return b -> b.registries(List.of(new RegistryListing("DTKS", null), new RegistryListing("P3KE", decile)));
    }

    private static UnaryOperator<WrseApplicant.Builder> status(MaritalStatus status) {
        return b -> b.maritalStatus(status);
    }
}
