package id.berdaya.rules.kubp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.RuleSetCompiler;
import id.berdaya.rules.Sex;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each default KUBP term refuses on its own, and a request within every term passes. */
class KubpTermsEvaluatorTest {

    private static final KubpTermsEvaluator EVALUATOR =
            new KubpTermsEvaluator(RuleSetCompiler.compile(DefaultRuleSets.kubp()));

    private static final LocalDate APPLICATION_DATE = LocalDate.of(2025, 3, 15);
    private static final String TENGGARONG = "640206";

    /** Ten adult women of Tenggarong, Rp 50,000,000 over 12 months with 1 month's grace, a first loan. */
    private static KubpLoanRequest.Builder cleanRequest() {
        return KubpLoanRequest.builder()
                .groupDistrictCode(TENGGARONG)
                .applicationDate(APPLICATION_DATE)
                .principal(50_000_000L)
                .installments(12)
                .graceMonths(1)
                .members(members(10))
                .previousLoans(List.of());
    }

    private static List<KubpMember> members(int count) {
        List<KubpMember> members = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            members.add(woman(i));
        }
        return members;
    }

    private static KubpMember woman(int serial) {
        return new KubpMember(nik(serial), Sex.F, LocalDate.of(1980, 1, serial), MaritalStatus.MARRIED, TENGGARONG,
                false);
    }

    private static String nik(int serial) {
        return String.format("640206%02d0180%04d", 40 + serial, serial);
    }

    /** The clean request with member 1 replaced. */
    private static UnaryOperator<KubpLoanRequest.Builder> firstMember(KubpMember member) {
        return b -> {
            List<KubpMember> members = new ArrayList<>(members(10));
            members.set(0, member);
            return b.members(members);
        };
    }

    static Stream<Arguments> refusals() {
        String first = nik(1);
        return Stream.of(
                arguments("4 members are too few", change(b -> b.members(members(4)).principal(40_000_000L)),
                        "GROUP_SIZE", "Kelompok beranggota 4 orang; jumlah anggota harus 5–20 orang"),
                arguments("21 members are too many", change(b -> b.members(members(21))),
                        "GROUP_SIZE", "Kelompok beranggota 21 orang"),
                arguments("a district outside Kutai Kartanegara", change(b -> b.groupDistrictCode("647201")
                                .members(members(10).stream().map(m -> new KubpMember(m.getNik(), Sex.F,
                                        m.getBirthDate(), MaritalStatus.MARRIED, null, false)).toList())),
                        "GROUP_DISTRICT", "Kecamatan kelompok 647201 bukan kecamatan program KUBP"),
                arguments("a male member",
                        firstMember(new KubpMember(first, Sex.M, LocalDate.of(1980, 1, 1), MaritalStatus.MARRIED,
                                TENGGARONG, false)),
                        "MEMBER_SEX", "Anggota NIK " + first + " laki-laki"),
                arguments("an unmarried member the day before her 18th birthday",
                        firstMember(new KubpMember(first, Sex.F, LocalDate.of(2007, 3, 16), MaritalStatus.UNMARRIED,
                                TENGGARONG, false)),
                        "MEMBER_AGE", "Anggota NIK " + first + " berusia 17 tahun"),
                arguments("a member living in another district",
                        firstMember(new KubpMember(first, Sex.F, LocalDate.of(1980, 1, 1), MaritalStatus.MARRIED,
                                "640213", false)),
                        "MEMBER_DOMICILE", "berdomisili di kecamatan 640213, bukan di kecamatan kelompok 640206"),
                arguments("a member of another group with an active loan",
                        firstMember(new KubpMember(first, Sex.F, LocalDate.of(1980, 1, 1), MaritalStatus.MARRIED,
                                TENGGARONG, true)),
                        "ONE_GROUP", "Anggota NIK " + first + " masih anggota kelompok lain"),
                arguments("no principal", change(b -> b.principal(0)), "PRINCIPAL", "plafon harus lebih dari Rp 0"),
                arguments("above Rp 10,000,000 per member",
                        change(b -> b.members(members(5)).principal(50_000_001L)), "CEILING_PER_MEMBER",
                        "Plafon Rp 50.000.001 melebihi batas Rp 10.000.000 per anggota × 5 anggota = Rp 50.000.000"),
                arguments("above Rp 100,000,000 per group",
                        change(b -> b.members(members(12)).principal(120_000_000L)), "CEILING_PER_GROUP",
                        "Plafon Rp 120.000.000 melebihi batas Rp 100.000.000 per kelompok"),
                arguments("5 installments", change(b -> b.installments(5)), "TENOR",
                        "Tenor 5 kali angsuran bulanan; tenor harus 6–36 kali angsuran bulanan"),
                arguments("37 installments", change(b -> b.installments(37)), "TENOR", "Tenor 37 kali"),
                arguments("4 months' grace", change(b -> b.graceMonths(4)), "GRACE",
                        "Masa tenggang 4 bulan sebelum angsuran pertama; masa tenggang harus 0–3 bulan"),
                arguments("negative grace", change(b -> b.graceMonths(-1)), "GRACE", "Masa tenggang -1 bulan"),
                arguments("a previous loan not fully repaid",
                        change(b -> b.previousLoans(List.of(new PreviousLoan(true, 0), new PreviousLoan(false, 10)))),
                        "REPEAT_UNPAID", "1 pinjaman sebelumnya belum lunas"),
                arguments("a previous loan 91 days past due",
                        change(b -> b.previousLoans(List.of(new PreviousLoan(true, 91), new PreviousLoan(true, 30)))),
                        "REPEAT_ARREARS", "Pinjaman sebelumnya pernah menunggak 91 hari; batas 90 hari"));
    }

    @ParameterizedTest(name = "refuses {0}")
    @MethodSource("refusals")
    void refusesARequestBreakingOneTerm(String name, UnaryOperator<KubpLoanRequest.Builder> change, String code,
            String reasonId) {
        KubpTermsResult result = EVALUATOR.evaluate(change.apply(cleanRequest()).build());

        assertThat(result.isApprovable()).isFalse();
        assertThat(result.getViolations()).singleElement().satisfies(violation -> {
            assertThat(violation.getCode()).isEqualTo(code);
            assertThat(violation.getReasonId()).contains(reasonId);
            assertThat(violation.getReasonEn()).isNotBlank();
        });
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(
                arguments("5 members", change(b -> b.members(members(5)))),
                arguments("20 members", change(b -> b.members(members(20)))),
                arguments("Rp 10,000,000 for each of 5 members", change(b -> b.members(members(5)).principal(50_000_000L))),
                arguments("Rp 100,000,000 for 20 members", change(b -> b.members(members(20)).principal(100_000_000L))),
                arguments("6 installments", change(b -> b.installments(6))),
                arguments("36 installments", change(b -> b.installments(36))),
                arguments("no grace", change(b -> b.graceMonths(0))),
                arguments("3 months' grace", change(b -> b.graceMonths(3))),
                arguments("a member on her 18th birthday, unmarried", firstMember(new KubpMember(nik(1), Sex.F,
                        LocalDate.of(2007, 3, 15), MaritalStatus.UNMARRIED, TENGGARONG, false))),
                arguments("a married member of 17", firstMember(new KubpMember(nik(1), Sex.F,
                        LocalDate.of(2008, 1, 1), MaritalStatus.MARRIED, TENGGARONG, false))),
                arguments("a member with no recorded domicile", firstMember(new KubpMember(nik(1), Sex.F,
                        LocalDate.of(1980, 1, 1), MaritalStatus.MARRIED, null, false))),
                arguments("a group in a district split off in 2022 (640220)", change(b -> b.groupDistrictCode("640220")
                        .members(members(10).stream().map(m -> new KubpMember(m.getNik(), Sex.F, m.getBirthDate(),
                                MaritalStatus.MARRIED, "640220", false)).toList()))),
                arguments("a repeat loan repaid, at most 90 days past due",
                        change(b -> b.previousLoans(List.of(new PreviousLoan(true, 90), new PreviousLoan(true, 0))))));
    }

    @ParameterizedTest(name = "accepts {0}")
    @MethodSource("boundaries")
    void acceptsARequestAtTheEdgeOfEveryTerm(String name, UnaryOperator<KubpLoanRequest.Builder> change) {
        KubpTermsResult result = EVALUATOR.evaluate(change.apply(cleanRequest()).build());

        assertThat(result.getViolations()).isEmpty();
        assertThat(result.isApprovable()).isTrue();
    }

    @Test
    void reportsEveryBrokenTermOfOneMemberAndOfTheLoan() {
        KubpMember boy = new KubpMember(nik(1), Sex.M, LocalDate.of(2008, 1, 1), MaritalStatus.UNMARRIED, "640201",
                true);

        KubpTermsResult result = EVALUATOR.evaluate(firstMember(boy).apply(cleanRequest())
                .principal(150_000_000L).installments(48).build());

        assertThat(result.getViolations()).extracting(TermViolation::getCode).containsExactly(
                "MEMBER_SEX", "MEMBER_AGE", "MEMBER_DOMICILE", "ONE_GROUP", "CEILING_PER_MEMBER",
                "CEILING_PER_GROUP", "TENOR");
        assertThat(result.getViolations()).filteredOn(v -> v.getCode().startsWith("MEMBER_"))
                .extracting(TermViolation::getMemberNik).containsOnly(nik(1));
    }

    @Test
    void printsTheTermsInForce() {
        KubpTerms terms = EVALUATOR.evaluate(cleanRequest().build()).getTerms();

        assertThat(terms.getInterestRatePercent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(terms.getPenaltyInterestRatePercent()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(terms.getAdminFee()).isZero();
        assertThat(terms.isCollateralRequired()).isFalse();
        assertThat(terms.getMaxPrincipalPerMember()).isEqualTo(10_000_000L);
        assertThat(terms.getMaxPrincipalPerGroup()).isEqualTo(100_000_000L);
        assertThat(terms.getMinGroupSize()).isEqualTo(5);
        assertThat(terms.getMaxGroupSize()).isEqualTo(20);
        assertThat(terms.getMinMemberAge()).isEqualTo(18);
        assertThat(terms.getMinInstallments()).isEqualTo(6);
        assertThat(terms.getMaxInstallments()).isEqualTo(36);
        assertThat(terms.getMinGraceMonths()).isZero();
        assertThat(terms.getMaxGraceMonths()).isEqualTo(3);
        assertThat(terms.getMaxDaysPastDueForRepeat()).isEqualTo(90);
        assertThat(terms.getDistrictCodes()).hasSize(20).startsWith("640201").endsWith("640220");
    }

    @Test
    void givesTheTermsWithoutARequest() {
        assertThat(EVALUATOR.termsInForce().getMaxPrincipalPerGroup()).isEqualTo(100_000_000L);
    }

    private static UnaryOperator<KubpLoanRequest.Builder> change(UnaryOperator<KubpLoanRequest.Builder> change) {
        return change;
    }
}
