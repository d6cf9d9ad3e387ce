package id.berdaya.rules.wrse;

import static id.berdaya.rules.Outcome.FAIL;
import static id.berdaya.rules.Outcome.PASS;
import static id.berdaya.rules.Outcome.REVIEW;
import static id.berdaya.rules.wrse.Applicants.APPLICATION_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Outcome;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each default criterion on both sides of its boundary, and the facts its reasons name. */
class WrseCriteriaTest {

    private static final WrseScreener SCREENER = new WrseScreener(RuleSetCompiler.compile(DefaultRuleSets.wrse()));

    /** Application date 2025-03-15. */
    static Stream<Arguments> criteria() {
        return Stream.of(
                arguments("SEX: a woman passes", change(b -> b.sex(Sex.F)), "SEX", PASS, "perempuan"),
                arguments("SEX: a man fails", change(b -> b.sex(Sex.M)), "SEX", FAIL, "laki-laki"),

                arguments("AGE: 18th birthday on the application date passes",
                        born(2007, 3, 15, MaritalStatus.UNMARRIED), "AGE", PASS, "Usia 18 tahun"),
                arguments("AGE: the day before the 18th birthday, unmarried, fails",
                        born(2007, 3, 16, MaritalStatus.UNMARRIED), "AGE", FAIL, "Usia 17 tahun"),
                arguments("AGE: the day before the 18th birthday, married, needs review",
                        born(2007, 3, 16, MaritalStatus.MARRIED), "AGE", REVIEW, "sudah berkeluarga (kawin)"),
                arguments("AGE: under 18 and divorced needs review",
                        born(2009, 1, 1, MaritalStatus.DIVORCED), "AGE", REVIEW, "cerai hidup"),
                arguments("AGE: under 18 and widowed needs review",
                        born(2009, 1, 1, MaritalStatus.WIDOWED), "AGE", REVIEW, "cerai mati"),
                arguments("AGE: under 18 and abandoned needs review",
                        born(2009, 1, 1, MaritalStatus.ABANDONED), "AGE", REVIEW, "ditinggal suami"),
                arguments("AGE: the day before the 60th birthday passes",
                        born(1965, 3, 16, MaritalStatus.MARRIED), "AGE", PASS, "Usia 59 tahun"),
                arguments("AGE: the 60th birthday on the application date fails",
                        born(1965, 3, 15, MaritalStatus.MARRIED), "AGE", FAIL, "Usia 60 tahun"),
                arguments("AGE: 61 fails even with a family",
                        born(1963, 6, 1, MaritalStatus.WIDOWED), "AGE", FAIL, "Usia 61 tahun"),
                arguments("AGE: born 29 Feb is still 17 on 28 Feb of her 18th year",
                        change(b -> b.birthDate(LocalDate.of(2008, 2, 29)).maritalStatus(MaritalStatus.UNMARRIED)
                                .applicationDate(LocalDate.of(2026, 2, 28))), "AGE", FAIL, "Usia 17 tahun"),
                arguments("AGE: born 29 Feb is 18 on 1 March of her 18th year",
                        change(b -> b.birthDate(LocalDate.of(2008, 2, 29)).maritalStatus(MaritalStatus.UNMARRIED)
                                .applicationDate(LocalDate.of(2026, 3, 1))), "AGE", PASS, "Usia 18 tahun"),

                arguments("RESIDENCE: Samarinda passes", change(b -> b.regencyCode("6472")), "RESIDENCE", PASS,
                        "6472 Samarinda"),
                arguments("RESIDENCE: Bulungan (North Kalimantan) fails", change(b -> b.regencyCode("6501")),
                        "RESIDENCE", FAIL, "6501"),
                arguments("RESIDENCE: an old pre-2012 code (6404) fails", change(b -> b.regencyCode("6404")),
                        "RESIDENCE", FAIL, "6404"),
                arguments("RESIDENCE: a missing regency fails", change(b -> b.regencyCode(null)), "RESIDENCE", FAIL,
                        "tidak diisi"),

                arguments("REGISTRY: in DTKS and P3KE passes", registries("DTKS", "P3KE"), "REGISTRY", PASS,
                        "DTKS dan P3KE"),
                arguments("REGISTRY: in DTKS only needs review", registries("DTKS"), "REGISTRY", REVIEW,
                        "Terdaftar di DTKS tetapi tidak di P3KE"),
                arguments("REGISTRY: in P3KE only needs review", registries("P3KE"), "REGISTRY", REVIEW,
                        "Terdaftar di P3KE tetapi tidak di DTKS"),
                arguments("REGISTRY: in neither fails", registries(), "REGISTRY", FAIL, "DTKS maupun P3KE"),
                arguments("REGISTRY: DTSEN alone is not enough under the 2023 rules", registries("DTSEN"), "REGISTRY",
                        FAIL, "DTKS maupun P3KE"),

                arguments("PKH: no current aid passes", aid(), "PKH", PASS, "Tidak sedang menerima PKH"),
                arguments("PKH: a PKH recipient fails", aid("BPNT", "PKH"), "PKH", FAIL, "menerima PKH"),
                arguments("PKH: other aid (BPNT, PIP) passes", aid("BPNT", "PIP"), "PKH", PASS, "Tidak sedang"),
                arguments("KUBE: no current aid passes", aid(), "KUBE", PASS, "Tidak sedang menerima bantuan KUBE"),
                arguments("KUBE: a KUBE recipient fails", aid("KUBE"), "KUBE", FAIL, "menerima bantuan KUBE"),

                arguments("PRIOR_AID: never aided passes", change(b -> b.priorWrseAidYear(null)), "PRIOR_AID", PASS,
                        "Belum pernah"),
                arguments("PRIOR_AID: aided the year before fails", change(b -> b.priorWrseAidYear(2024)), "PRIOR_AID",
                        FAIL, "tahun 2024"),
                arguments("PRIOR_AID: aid recorded in the application year passes",
                        change(b -> b.priorWrseAidYear(2025)), "PRIOR_AID", PASS, "tahun 2025"),

                arguments("SKILL: a declared field passes", change(b -> b.businessField("SEWING")), "SKILL", PASS,
                        "menjahit"),
                arguments("SKILL: no field fails", change(b -> b.businessField(null)), "SKILL", FAIL,
                        "Belum menyatakan bidang usaha"),
                arguments("SKILL: a blank field fails", change(b -> b.businessField("  ")), "SKILL", FAIL,
                        "Belum menyatakan bidang usaha"),

                arguments("BUSINESS: no business passes", change(b -> b.hasBusiness(false)), "BUSINESS", PASS,
                        "Belum memiliki usaha"),
                arguments("BUSINESS: an existing business still passes", change(b -> b.hasBusiness(true)), "BUSINESS",
                        PASS, "Sudah memiliki usaha"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("criteria")
    void judgesEachCriterionOnBothSidesOfItsBoundary(String name, UnaryOperator<WrseApplicant.Builder> change,
            String code, Outcome expected, String reasonFragment) {
        WrseScreeningResult result = SCREENER.screen(change.apply(Applicants.eligibleWithoutPriority()).build());

        CriterionResult criterion = result.criterion(code).orElseThrow();
        assertThat(criterion.getOutcome()).isEqualTo(expected);
        assertThat(criterion.getReasonId()).contains(reasonFragment);
        assertThat(criterion.getReasonEn()).isNotBlank();
    }

    @ParameterizedTest(name = "regency {0}")
    @ValueSource(strings = {"6401", "6402", "6403", "6407", "6408", "6409", "6411", "6471", "6472", "6474"})
    void acceptsEveryEastKalimantanRegencyAndCity(String regencyCode) {
        WrseScreeningResult result = SCREENER.screen(
                Applicants.eligibleWithoutPriority().regencyCode(regencyCode).build());

        assertThat(result.criterion("RESIDENCE").orElseThrow().getOutcome()).isEqualTo(PASS);
    }

    @Test
    void reasonNamesTheAgeAndTheLimitInBothLanguages() {
        WrseScreeningResult result = SCREENER.screen(Applicants.eligibleWithoutPriority()
                .birthDate(LocalDate.of(1963, 6, 1)).build());

        CriterionResult age = result.criterion("AGE").orElseThrow();
        assertThat(age.getReasonId()).isEqualTo("Usia 61 tahun pada tanggal permohonan; batas usia 18–59 tahun");
        assertThat(age.getReasonEn()).isEqualTo("Age 61 on the application date; the age limit is 18–59");
    }

    @Test
    void givesExactlyOneResultPerCriterionInTheDocumentedOrder() {
        WrseScreeningResult result = SCREENER.screen(Applicants.eligibleWithoutPriority().build());

        assertThat(result.getCriteria()).extracting(CriterionResult::getCode).containsExactly(
                "SEX", "AGE", "RESIDENCE", "REGISTRY", "PKH", "KUBE", "PRIOR_AID", "SKILL", "BUSINESS");
    }

    private static UnaryOperator<WrseApplicant.Builder> change(UnaryOperator<WrseApplicant.Builder> change) {
        return change;
    }

    private static UnaryOperator<WrseApplicant.Builder> born(int year, int month, int day, MaritalStatus status) {
        return b -> b.birthDate(LocalDate.of(year, month, day)).maritalStatus(status).applicationDate(APPLICATION_DATE);
    }

    private static UnaryOperator<WrseApplicant.Builder> registries(String... names) {
        return b -> b.registries(Stream.of(names).map(name -> new RegistryListing(name, null)).toList());
    }

    private static UnaryOperator<WrseApplicant.Builder> aid(String... codes) {
        return b -> b.currentAid(List.of(codes));
    }
}
