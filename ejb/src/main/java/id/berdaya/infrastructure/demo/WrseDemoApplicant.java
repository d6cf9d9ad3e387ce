package id.berdaya.infrastructure.demo;

import id.berdaya.domain.wrse.Applicant;
import id.berdaya.domain.wrse.RegistryEntry;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One demo applicant, with a NIK made to agree with her birth date (the day + 40 for a woman). */
final class WrseDemoApplicant {

    private final String nik;
    private final LocalDate birthDate;
    private final Sex sex;
    private final String name;
    private final String district;
    private final String regency;
    private MaritalStatus status = MaritalStatus.MARRIED;
    private final List<RegistryEntry> registries = new ArrayList<>();
    private final List<String> aid = new ArrayList<>();
    private boolean hasBusiness;
    private String field = "CULINARY";
    private boolean breadwinner = true;
    private boolean trained;

    WrseDemoApplicant(String name, Sex sex, LocalDate birthDate, String regency, String district, int serial) {
        this.name = name;
        this.sex = sex;
        this.birthDate = birthDate;
        this.regency = regency;
        this.district = district;
        String region = district != null ? district : regency + "01";
        this.nik = region + String.format("%02d%02d%02d%04d", birthDate.getDayOfMonth() + (sex == Sex.F ? 40 : 0),
                birthDate.getMonthValue(), birthDate.getYear() % 100, serial);
        registries.add(new RegistryEntry("DTKS", null, LocalDate.of(2025, 12, 1)));
    }

    WrseDemoApplicant status(MaritalStatus status) {
        this.status = status;
        return this;
    }

    WrseDemoApplicant p3ke(Integer decile) {
        registries.add(new RegistryEntry("P3KE", decile, LocalDate.of(2025, 10, 1)));
        return this;
    }

    WrseDemoApplicant notInDtks() {
        registries.removeIf(r -> r.getRegistry().equals("DTKS"));
        return this;
    }

    WrseDemoApplicant receives(String code) {
        aid.add(code);
        return this;
    }

    WrseDemoApplicant business(String field, boolean hasBusiness) {
        this.field = field;
        this.hasBusiness = hasBusiness;
        return this;
    }

    WrseDemoApplicant notBreadwinner() {
        this.breadwinner = false;
        return this;
    }

    WrseDemoApplicant trainedBefore() {
        this.trained = true;
        return this;
    }

    Applicant applicant() {
        return Applicant.builder()
                .nik(nik).kkNumber(nik.substring(0, 6) + "0101" + nik.substring(10, 12) + "00" + nik.substring(14))
                .fullName(name).sex(sex).birthDate(birthDate).maritalStatus(status)
                .domicile(regency, district, null)
                .business(hasBusiness, field, null)
                .household(breadwinner, trained)
                .build();
    }

    List<RegistryEntry> registries() {
        return registries;
    }

    List<String> aid() {
        return aid;
    }
}
