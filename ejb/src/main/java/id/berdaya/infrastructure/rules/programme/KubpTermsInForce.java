package id.berdaya.infrastructure.rules.programme;

import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.rules.kubp.KubpLoanRequest;
import id.berdaya.rules.kubp.KubpTermsEvaluator;
import id.berdaya.rules.kubp.KubpTermsResult;
import org.kie.api.KieBase;

/** A compiled KUBP terms rule set as it is used: loan requests judged, and its arrears ladder read once. */
public final class KubpTermsInForce implements AutoCloseable {

    private final KubpTermsEvaluator evaluator;
    private final ArrearsLadder ladder;

    KubpTermsInForce(KieBase rules) {
        this.evaluator = new KubpTermsEvaluator(rules);
        this.ladder = ArrearsLadder.of(evaluator.termsInForce());
    }

    public KubpTermsResult evaluate(KubpLoanRequest request) {
        return evaluator.evaluate(request);
    }

    public ArrearsLadder ladder() {
        return ladder;
    }

    @Override
    public void close() {
        evaluator.close();
    }
}
