package id.berdaya.application.wrse;

import id.berdaya.domain.rules.EligibilityRules;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Screens an applicant with the WRSE rules in force and stores nothing: what a loan officer asks
 * before recording an application. Earlier WRSE aid on record for the NIK counts, as it will on
 * submission, so the answer does not change between asking and applying.
 */
@Stateless
@RolesAllowed({Role.Names.LOAN_OFFICER, Role.Names.SUPERVISOR, Role.Names.POLICY_STAFF})
public class WrseScreeningService {

    @Inject
    private ApplicantChecks checks;

    @Inject
    private WrseApplicationRepository applications;

    @Inject
    private EligibilityRules eligibility;

    public EligibilityRules.Screening screen(ApplicantDetails details) {
        CheckedApplicant checked = checks.check(details, Instant.now());
        Integer recordedAidYear = applications.earliestAidYear(checked.applicant().getNikValue()).orElse(null);
        return eligibility.screen(checked.facts(recordedAidYear));
    }
}
