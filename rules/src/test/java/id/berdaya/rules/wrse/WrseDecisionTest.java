package id.berdaya.rules.wrse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Any FAIL makes her ineligible; otherwise any REVIEW needs an officer; otherwise eligible. */
class WrseDecisionTest {

    private static final WrseScreener SCREENER = new WrseScreener(RuleSetCompiler.compile(DefaultRuleSets.wrse()));

    private static final UnaryOperator<WrseApplicant.Builder> UNDER_18_MARRIED =
            b -> b.birthDate(LocalDate.of(2008, 1, 1)).maritalStatus(MaritalStatus.MARRIED);
    private static final UnaryOperator<WrseApplicant.Builder> ONLY_IN_DTKS =
            b -> b.registries(List.of(new RegistryListing("DTKS", null)));
    private static final UnaryOperator<WrseApplicant.Builder> RECEIVES_PKH = b -> b.currentAid(List.of("PKH"));

    static Stream<Arguments> decisions() {
        return Stream.of(
                arguments("every criterion passes: eligible", UnaryOperator.identity(), WrseDecision.ELIGIBLE),
                arguments("an existing business alone does not exclude: eligible", business(), WrseDecision.ELIGIBLE),
                arguments("one review (age): needs review", UNDER_18_MARRIED, WrseDecision.NEEDS_REVIEW),
                arguments("one review (registry): needs review", ONLY_IN_DTKS, WrseDecision.NEEDS_REVIEW),
                arguments("two reviews: needs review", compose(UNDER_18_MARRIED, ONLY_IN_DTKS),
                        WrseDecision.NEEDS_REVIEW),
                arguments("one fail: ineligible", RECEIVES_PKH, WrseDecision.INELIGIBLE),
                arguments("a man: ineligible", (UnaryOperator<WrseApplicant.Builder>) b -> b.sex(Sex.M),
                        WrseDecision.INELIGIBLE),
                arguments("fail beats review: ineligible", compose(ONLY_IN_DTKS, RECEIVES_PKH),
                        WrseDecision.INELIGIBLE),
                arguments("fail beats two reviews: ineligible",
                        compose(compose(UNDER_18_MARRIED, ONLY_IN_DTKS), RECEIVES_PKH), WrseDecision.INELIGIBLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void decidesFromTheCriteria(String name, UnaryOperator<WrseApplicant.Builder> change, WrseDecision expected) {
        WrseScreeningResult result = SCREENER.screen(change.apply(Applicants.eligibleWithoutPriority()).build());

        assertThat(result.getDecision()).isEqualTo(expected);
        assertThat(result.getCriteria()).hasSize(9);
    }

    @Test
    void screensConcurrentlyWithOneSharedScreener() {
        List<WrseDecision> decisions = IntStream.range(0, 400).parallel()
                .mapToObj(i -> SCREENER.screen(Applicants.eligibleWithoutPriority()
                        .currentAid(i % 2 == 0 ? List.of() : List.of("KUBE")).build()).getDecision())
                .toList();

        assertThat(decisions).filteredOn(d -> d == WrseDecision.ELIGIBLE).hasSize(200);
        assertThat(decisions).filteredOn(d -> d == WrseDecision.INELIGIBLE).hasSize(200);
    }

    private static UnaryOperator<WrseApplicant.Builder> business() {
        return b -> b.hasBusiness(true);
    }

    private static UnaryOperator<WrseApplicant.Builder> compose(UnaryOperator<WrseApplicant.Builder> first,
            UnaryOperator<WrseApplicant.Builder> second) {
        return b -> second.apply(first.apply(b));
    }
}
