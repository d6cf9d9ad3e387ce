package id.berdaya.interfaces.rulesets.rest;

import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.shared.NotFoundException;

/** Path parameters of the rule-set API. */
final class RuleSetPaths {

    private RuleSetPaths() {
    }

    /** {@code wrse-eligibility}, {@code kubp-terms} (or the constant names); anything else is a 404. */
    static RuleSetKind kind(String ruleSet) {
        return RuleSetKind.parse(ruleSet).orElseThrow(() -> new NotFoundException("Rule set", ruleSet));
    }
}
