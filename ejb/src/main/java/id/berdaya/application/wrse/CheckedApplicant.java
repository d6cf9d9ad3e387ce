package id.berdaya.application.wrse;

import id.berdaya.domain.wrse.Applicant;
import id.berdaya.domain.wrse.RegistryEntry;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.rules.wrse.WrseApplicant;
import java.time.LocalDate;
import java.util.List;

/** Entered details that passed every check, as domain values. */
record CheckedApplicant(Applicant applicant, LocalDate applicationDate, List<RegistryEntry> registries,
        List<String> currentAid, List<String> circumstances) {

    WrseApplicant facts(Integer recordedPriorAidYear) {
        return WrseProgramme.facts(applicant, applicationDate, registries, currentAid, circumstances,
                recordedPriorAidYear);
    }
}
