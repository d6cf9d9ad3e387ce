package id.berdaya.domain.rules;

import id.berdaya.rules.ProgrammeParameters;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreeningResult;
import java.util.Optional;

/**
 * The WRSE eligibility rules in force, as the programme's use cases ask them: screen an applicant,
 * re-screen with the version an earlier decision named, read the programme's parameters. A domain
 * port; the rule engine adapter implements it, and nothing that screens needs to know it is Drools.
 */
public interface EligibilityRules {

    /** Screens an applicant with the version in force; the result names the version used. */
    Screening screen(WrseApplicant applicant);

    /**
     * Screens with the version whose content id is {@code versionId} (what a stored decision names).
     * Empty if no such version is known any more.
     */
    Optional<Screening> screenWith(String versionId, WrseApplicant applicant);

    /** The content id of the version in force, as every decision made with it records. */
    String versionIdInForce();

    /** The parameter table of the version in force (appeal periods, bounds, weights). */
    ProgrammeParameters parameters();

    /** A screening and the version of the rules that made it. */
    record Screening(WrseScreeningResult result, String ruleSetVersion) {
    }
}
