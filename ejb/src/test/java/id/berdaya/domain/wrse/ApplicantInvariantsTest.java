package id.berdaya.domain.wrse;

import static id.berdaya.domain.wrse.WrseFixtures.NOW;
import static id.berdaya.domain.wrse.WrseFixtures.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.rules.Sex;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ApplicantInvariantsTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                refusal("NIK of 15 digits", b -> b.nik("640205450785001"), "nik"),
                refusal("NIK with letters", b -> b.nik("64020545078500A1"), "nik"),
                refusal("NIK day without the woman's +40", b -> b.nik("6402050507850001"), "nik"),
                refusal("NIK of a man for a woman", b -> b.sex(Sex.M), "nik"),
                refusal("NIK date for another birth date", b -> b.birthDate(LocalDate.of(1985, 7, 6)), "nik"),
                refusal("KK of 17 digits", b -> b.kkNumber("64020512031500071"), "kkNumber"),
                refusal("missing name", b -> b.fullName("  "), "fullName"),
                refusal("absurdly long name", b -> b.fullName("A".repeat(151)), "fullName"),
                refusal("missing marital status", b -> b.maritalStatus(null), "maritalStatus"),
                refusal("regency of 3 digits", b -> b.domicile("640", null, null), "regencyCode"),
                refusal("district of another regency", b -> b.domicile("6402", "647201", null), "districtCode"),
                refusal("OTHER business field without a description", b -> b.business(false, "OTHER", null),
                        "businessDescription"),
                refusal("long village name", b -> b.domicile("6402", "640205", "x".repeat(101)), "village"));
    }

    private static Arguments refusal(String name, UnaryOperator<ApplicantBuilder> change, String field) {
        return Arguments.of(name, change, field);
    }

    @ParameterizedTest(name = "{0} is refused, naming {2}")
    @MethodSource("refusals")
    void refusesInconsistentApplicants(String name, UnaryOperator<ApplicantBuilder> change, String field) {
        assertThatThrownBy(() -> change.apply(WrseFixtures.siti()).build())
                .isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo(field);
    }

    @Test
    void refusesABirthDateAfterTheApplicationDate() {
        Applicant baby = WrseFixtures.siti().nik("6402056111260001").birthDate(LocalDate.of(2026, 11, 21)).build();

        assertThatThrownBy(() -> WrseFixtures.draft(baby)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("birthDate");
    }

    @Test
    void refusesAnApplicationDateInTheFuture() {
        assertThatThrownBy(() -> new WrseApplication(WrseFixtures.siti().build(), LocalDate.of(2026, 11, 23),
                List.of(), List.of(), OFFICER, NOW)).isInstanceOf(InvalidInputException.class)
                .extracting("field").isEqualTo("applicationDate");
    }

    @Test
    void masksTheNikForLists() {
        assertThat(WrseFixtures.siti().build().getMaskedNik()).isEqualTo("6402********0001");
    }

    @Test
    void priorAidIsTheEarlierOfDeclaredAndRecorded() {
        WrseApplication declared2024 = WrseFixtures.draft(WrseFixtures.siti().declaredPriorAidYear(2024).build());

        assertThat(declared2024.toFacts(null).getPriorWrseAidYear()).isEqualTo(2024);
        assertThat(declared2024.toFacts(2023).getPriorWrseAidYear()).isEqualTo(2023);
        assertThat(WrseFixtures.draft().toFacts(2025).getPriorWrseAidYear()).isEqualTo(2025);
        assertThat(WrseFixtures.draft().toFacts(null).getPriorWrseAidYear()).isNull();
    }
}
