package id.berdaya.application.wrse;

import id.berdaya.domain.region.RegionRepository;
import id.berdaya.domain.wrse.Applicant;
import id.berdaya.domain.wrse.CodeListRepository;
import id.berdaya.domain.wrse.Inputs;
import id.berdaya.domain.wrse.RegistryEntry;
import id.berdaya.domain.wrse.WrseProgramme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks entered details against each other, the calendar, the regions and the code lists, and
 * refuses the first bad field by name (the API's Bean Validation has already listed the
 * malformed ones; these are the checks that need data or several fields).
 */
@ApplicationScoped
public class ApplicantChecks {

    @Inject
    private RegionRepository regions;

    @Inject
    private CodeListRepository codes;

    public CheckedApplicant check(ApplicantDetails d, Instant now) {
        LocalDate applicationDate = d.applicationDate() == null ? WrseProgramme.today(now) : d.applicationDate();
        WrseProgramme.requireBornBy(d.birthDate(), applicationDate, now);
        Applicant applicant = Applicant.builder()
                .nik(d.nik()).kkNumber(d.kkNumber()).fullName(d.fullName())
                .sex(d.sex()).birthDate(d.birthDate()).maritalStatus(d.maritalStatus())
                .domicile(d.regencyCode(), blankToNull(d.districtCode()), d.village())
                .business(d.hasBusiness(), blankToNull(d.businessField()), d.businessDescription())
                .household(d.mainBreadwinner(), d.priorSkillsTraining())
                .declaredPriorAidYear(d.priorWrseAidYear())
                .build();
        checkDistrict(applicant.getRegencyCode(), applicant.getDistrictCode());
        Inputs.check(applicant.getBusinessField() == null || codes.isBusinessField(applicant.getBusinessField()),
                "businessField", "unknown business field " + applicant.getBusinessField(),
                "bidang usaha " + applicant.getBusinessField() + " tidak dikenal");
        Inputs.check(d.priorWrseAidYear() == null || d.priorWrseAidYear() <= applicationDate.getYear(),
                "priorWrseAidYear", "priorWrseAidYear cannot be after the application year",
                "priorWrseAidYear tidak boleh setelah tahun permohonan");
        return new CheckedApplicant(applicant, applicationDate, registries(d.registries()), aid(d.currentAid()),
                circumstances(d.circumstances()));
    }

    /** Where the regency's districts are on record the district must be one of them; else its code must start with the regency's. */
    private void checkDistrict(String regencyCode, String districtCode) {
        if (districtCode == null) {
            return;
        }
        Set<String> known = regions.districtCodesOf(regencyCode);
        boolean ok = known.isEmpty() || known.contains(districtCode);
        Inputs.check(ok, "districtCode", "district " + districtCode + " is not a district of regency " + regencyCode,
                "kecamatan " + districtCode + " bukan kecamatan di kabupaten/kota " + regencyCode);
    }

    private List<RegistryEntry> registries(List<ApplicantDetails.Registry> entered) {
        List<RegistryEntry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entered.size(); i++) {
            ApplicantDetails.Registry r = entered.get(i);
            String field = "registries[" + i + "]";
            Inputs.required(field, r);
            String name = Inputs.requiredText(field + ".name", r.name(), 20);
            Inputs.check(codes.isRegistry(name), field + ".name", "unknown registry " + name + "; one of DTKS, P3KE, DTSEN, REGSOSEK",
                    "registri " + name + " tidak dikenal; salah satu dari DTKS, P3KE, DTSEN, REGSOSEK");
            Inputs.check(seen.add(name), field + ".name", "registry " + name + " is listed twice",
                    "registri " + name + " tercantum dua kali");
            Inputs.check(r.decile() == null || codes.registryHasDecile(name), field + ".decile",
                    name + " does not rank households in deciles; leave decile empty",
                    name + " tidak memeringkat rumah tangga dalam desil; kosongkan desil");
            Inputs.check(r.decile() == null || r.decile() >= 1 && r.decile() <= 10, field + ".decile",
                    "decile must be between 1 and 10", "desil harus antara 1 dan 10");
            entries.add(new RegistryEntry(name, r.decile(), r.asOf()));
        }
        return entries;
    }

    private List<String> aid(List<String> entered) {
        Set<String> aid = new java.util.TreeSet<>();
        for (int i = 0; i < entered.size(); i++) {
            String code = Inputs.requiredText("currentAid[" + i + "]", entered.get(i), 20);
            Inputs.check(codes.isAidProgramme(code), "currentAid[" + i + "]", "unknown aid programme " + code,
                    "program bantuan " + code + " tidak dikenal");
            aid.add(code);
        }
        return List.copyOf(aid);
    }

    /** Every code must be on the circumstance list; the field is named {@code circumstances} as a whole. */
    private List<String> circumstances(List<String> entered) {
        Set<String> circumstances = new java.util.TreeSet<>();
        for (String code : entered) {
            Inputs.check(code != null && !code.isBlank(), "circumstances", "a circumstance code is empty",
                    "kode keadaan khusus kosong");
            String trimmed = code.strip();
            Inputs.check(trimmed.length() <= 30 && codes.isCircumstance(trimmed), "circumstances",
                    "unknown circumstance " + shorten(trimmed) + "; one of " + String.join(", ", circumstanceCodes()),
                    "keadaan khusus " + shorten(trimmed) + " tidak dikenal; salah satu dari " + String.join(", ", circumstanceCodes()));
            circumstances.add(trimmed);
        }
        return List.copyOf(circumstances);
    }

    private List<String> circumstanceCodes() {
        return codes.circumstances().stream().map(id.berdaya.domain.wrse.Circumstance::code).toList();
    }

    private static String shorten(String code) {
        String printable = code.replaceAll("[^A-Za-z0-9_ -]", "?");
        return printable.length() > 30 ? printable.substring(0, 30) + "…" : printable;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
