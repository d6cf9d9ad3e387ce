package id.berdaya.infrastructure.registry;

import id.berdaya.domain.registry.PersonFacts;
import id.berdaya.domain.registry.TargetingOutcome;
import id.berdaya.domain.rules.EligibilityRules;
import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.MaritalStatus;
import id.berdaya.rules.Outcome;
import id.berdaya.rules.Sex;
import id.berdaya.rules.wrse.RegistryListing;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreeningResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The one adapter between targeting runs and the WRSE rules: builds the rules' applicant fact from a
 * registry person, screens it with the rule set in force (the same {@link EligibilityRules} entry point the
 * WRSE screening service uses) and reads the result back as a {@link TargetingOutcome}.
 *
 * <p>Registries do not say whether she declared a business field, has a business or took skills
 * training. Those facts are given the values that earn no priority points (no field, a business,
 * no training), and the criteria that judge them are reported "to be checked in the field", never
 * as a failure: the score then ranks by what the registries do know.
 */
@ApplicationScoped
public class RegistryScreening {

    /** Criteria whose facts no registry gives: checked by the field officer, not failed here. */
    public static final Set<String> FIELD_CRITERIA = Set.of("SKILL", "BUSINESS");

    @Inject
    private EligibilityRules rules;

    public String ruleSetVersion() {
        return rules.versionIdInForce();
    }

    public TargetingOutcome screen(PersonFacts person, LocalDate applicationDate) {
        if (person.birthDate().isAfter(applicationDate)) {
            return new TargetingOutcome(person.nik(), person.fullName(), person.districtCode(), person.villageCode(),
                    false, "INELIGIBLE", 0, List.of("AGE"), List.of());
        }
        WrseApplicant applicant = WrseApplicant.builder()
                .nik(person.nik())
                .kkNumber(person.kkNumber())
                .fullName(person.fullName())
                .sex("F".equals(person.sex()) ? Sex.F : Sex.M)
                .birthDate(person.birthDate())
                .maritalStatus(MaritalStatus.valueOf(person.maritalStatus()))
                .regencyCode(person.regencyCode())
                .districtCode(person.districtCode())
                .applicationDate(applicationDate)
                .registries(person.listings().stream()
                        .map(l -> new RegistryListing(l.registry(), l.decile(), l.asOf())).toList())
                .currentAid(List.copyOf(person.currentAid()))
                .priorWrseAidYear(person.priorWrseAidYear())
                .businessField(null)
                .hasBusiness(true)
                .priorSkillsTraining(false)
                .mainBreadwinner(person.headsHerFamily())
                .build();
        WrseScreeningResult result = rules.screen(applicant).result();
        List<String> failed = new ArrayList<>();
        List<String> toCheck = new ArrayList<>();
        boolean review = false;
        for (CriterionResult criterion : result.getCriteria()) {
            if (FIELD_CRITERIA.contains(criterion.getCode())) {
                toCheck.add(criterion.getCode());
            } else if (criterion.getOutcome() == Outcome.FAIL) {
                failed.add(criterion.getCode());
            } else if (criterion.getOutcome() == Outcome.REVIEW) {
                toCheck.add(criterion.getCode());
                review = true;
            }
        }
        boolean candidate = failed.isEmpty();
        String decision = !candidate ? "INELIGIBLE" : review ? "NEEDS_REVIEW" : "ELIGIBLE";
        return new TargetingOutcome(person.nik(), person.fullName(), person.districtCode(), person.villageCode(),
                candidate, decision, result.getPriorityScore(), failed, toCheck);
    }
}
