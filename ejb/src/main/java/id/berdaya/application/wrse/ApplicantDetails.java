package id.berdaya.application.wrse;

import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import java.time.LocalDate;
import java.util.List;

/**
 * What a loan officer enters about an applicant, as the screening API and the intake form give it.
 * Not yet checked: {@link ApplicantChecks} turns it into domain values or names the bad field.
 */
public record ApplicantDetails(
        String nik,
        String kkNumber,
        String fullName,
        Sex sex,
        LocalDate birthDate,
        MaritalStatus maritalStatus,
        String regencyCode,
        String districtCode,
        String village,
        LocalDate applicationDate,
        List<Registry> registries,
        List<String> currentAid,
        Integer priorWrseAidYear,
        boolean hasBusiness,
        String businessField,
        String businessDescription,
        boolean mainBreadwinner,
        boolean priorSkillsTraining,
        List<String> circumstances) {

    /** A registry listing: its code, the decile where it ranks households, the date of the extract. */
    public record Registry(String name, Integer decile, LocalDate asOf) {
    }

    public ApplicantDetails {
        registries = registries == null ? List.of() : List.copyOf(registries);
        currentAid = currentAid == null ? List.of() : List.copyOf(currentAid);
        circumstances = circumstances == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(circumstances));
    }
}
