package id.berdaya.rules.kubp;

import id.berdaya.rules.CodeOrder;
import id.berdaya.rules.RuleRunner;
import id.berdaya.rules.RuleRunner.WorkingMemoryFacts;
import java.util.Comparator;
import java.util.List;
import org.kie.api.KieBase;

/**
 * Checks KUBP loan requests against a compiled KUBP rule set. Thread-safe: create one per KieBase
 * and share it; close it when its rule set is replaced and no evaluation is in flight.
 */
public final class KubpTermsEvaluator implements AutoCloseable {

    private static final Comparator<TermViolation> ORDER = Comparator
            .comparing(TermViolation::getCode, CodeOrder.of("GROUP_SIZE", "GROUP_DISTRICT", "MEMBER_SEX",
                    "MEMBER_AGE", "MEMBER_DOMICILE", "ONE_GROUP", "PRINCIPAL", "CEILING_PER_MEMBER",
                    "CEILING_PER_GROUP", "TENOR", "GRACE", "REPEAT_UNPAID", "REPEAT_ARREARS"))
            .thenComparing(TermViolation::getMemberNik, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final RuleRunner runner;

    public KubpTermsEvaluator(KieBase kubpRules) {
        this.runner = new RuleRunner(kubpRules);
    }

    public KubpTermsResult evaluate(KubpLoanRequest request) {
        WorkingMemoryFacts facts = runner.run(request);
        List<TermViolation> violations = facts.all(TermViolation.class);
        violations.sort(ORDER);
        return new KubpTermsResult(violations, facts.single(KubpTerms.class));
    }

    /** The terms in force, without a request: for the terms page and the loan letters. */
    public KubpTerms termsInForce() {
        return runner.run().single(KubpTerms.class);
    }

    @Override
    public void close() {
        runner.close();
    }
}
