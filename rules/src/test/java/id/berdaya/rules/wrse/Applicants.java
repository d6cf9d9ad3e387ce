package id.berdaya.rules.wrse;

import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.time.LocalDate;
import java.util.List;

/** Test applicants: one who passes every criterion and earns no priority points, to vary from. */
final class Applicants {

    static final LocalDate APPLICATION_DATE = LocalDate.of(2025, 3, 15);

    private Applicants() {
    }

    /** Eligible, score 0: married, has a business, P3KE decile 5, not the breadwinner, no training. */
    static WrseApplicant.Builder eligibleWithoutPriority() {
        return WrseApplicant.builder()
                .nik("6472034508850001")
                .kkNumber("6472030101100007")
                .fullName("Siti Rahmawati")
                .sex(Sex.F)
                .birthDate(LocalDate.of(1985, 8, 5))
                .maritalStatus(MaritalStatus.MARRIED)
                .regencyCode("6472")
                .districtCode("647203")
                .applicationDate(APPLICATION_DATE)
                .registries(List.of(new RegistryListing("DTKS", null), new RegistryListing("P3KE", 5)))
                .currentAid(List.of())
                .hasBusiness(true)
                .businessField("CULINARY");
    }
}
