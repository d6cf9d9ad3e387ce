package id.berdaya.infrastructure.rules;

import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.rules.DefaultRuleSets;
import id.berdaya.rules.RuleSource;
import id.berdaya.rules.testing.RuleTestCase;
import java.util.List;

/** The rule files and test cases shipped in the rules module, by rule set. */
public final class ShippedRuleSets {

    private ShippedRuleSets() {
    }

    public static List<RuleSource> files(RuleSetKind kind) {
        return kind == RuleSetKind.WRSE_ELIGIBILITY ? DefaultRuleSets.wrse() : DefaultRuleSets.kubp();
    }

    public static List<RuleTestCase> testCases(RuleSetKind kind) {
        return kind == RuleSetKind.WRSE_ELIGIBILITY ? DefaultRuleSets.wrseTestCases() : DefaultRuleSets.kubpTestCases();
    }
}
