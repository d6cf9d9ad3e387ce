package id.berdaya.interfaces.wrse.rest;

import id.berdaya.interfaces.rest.ProgrammeDate;
import id.berdaya.interfaces.rest.KnownRegion;
import id.berdaya.interfaces.rest.NotAfterToday;
import id.berdaya.application.wrse.ApplicantDetails;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * An applicant as the screening API and {@code POST /wrse/applications} take her. The form of each
 * field is checked here (each bad one is listed in the 400); checks that need the calendar, the
 * regions or the code lists follow in the application layer.
 *
 * <p>{@code circumstances}: her circumstances as codes of the circumstance list ({@code GET
 * /api/wrse/circumstances}: HEAD_OF_HOUSEHOLD, DISABILITY, VIOLENCE_SURVIVOR, ELDERLY_DEPENDANTS and any
 * policy staff added), at most 20; an unknown code is a 400 naming the field {@code circumstances}.
 */
public record ScreeningRequest(
        @NotNull @Pattern(regexp = "\\d{16}", message = "{berdaya.nik.digits}") String nik,
        @NotNull @Pattern(regexp = "\\d{16}", message = "{berdaya.nik.digits}") String kkNumber,
        @NotBlank @Size(max = 150) String fullName,
        @NotNull Sex sex,
        @NotNull @NotAfterToday LocalDate birthDate,
        @NotNull MaritalStatus maritalStatus,
        @NotNull @Pattern(regexp = "\\d{4}", message = "{berdaya.regency.digits}") @KnownRegion(regency = true) String regencyCode,
        @Pattern(regexp = "\\d{6}", message = "{berdaya.district.digits}") @KnownRegion(regency = false) String districtCode,
        @Size(max = 100) String village,
        @ProgrammeDate LocalDate applicationDate,
        @Valid @Size(max = 10) List<@NotNull RegistryRequest> registries,
        @Size(max = 10) List<@NotNull @Size(max = 20) String> currentAid,
        @Min(2000) @Max(2100) Integer priorWrseAidYear,
        @NotNull Boolean hasBusiness,
        @Size(max = 20) String businessField,
        @Size(max = 200) String businessDescription,
        @NotNull Boolean mainBreadwinner,
        @NotNull Boolean priorSkillsTraining,
        @Size(max = 20) List<String> circumstances) {

    /** A registry listing: DTKS, P3KE, DTSEN or REGSOSEK, the decile where the registry ranks households. */
    public record RegistryRequest(
            @NotBlank @Size(max = 20) String name,
            @Min(1) @Max(10) Integer decile,
            LocalDate asOf) {
    }

    ApplicantDetails toDetails() {
        List<ApplicantDetails.Registry> listings = registries == null ? List.of()
                : registries.stream().map(r -> new ApplicantDetails.Registry(r.name(), r.decile(), r.asOf())).toList();
        return new ApplicantDetails(nik, kkNumber, fullName, sex, birthDate, maritalStatus, regencyCode, districtCode,
                village, applicationDate, listings, currentAid, priorWrseAidYear, hasBusiness, businessField,
                businessDescription, mainBreadwinner, priorSkillsTraining, circumstances);
    }
}
