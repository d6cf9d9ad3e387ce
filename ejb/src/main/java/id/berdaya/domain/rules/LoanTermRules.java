package id.berdaya.domain.rules;

import id.berdaya.domain.kubp.ledger.ArrearsLadder;
import id.berdaya.rules.kubp.KubpLoanRequest;
import id.berdaya.rules.kubp.KubpTermsResult;

/**
 * The KUBP loan terms in force, as the programme's use cases ask them: judge a group's loan request,
 * read the arrears ladder. A domain port; the rule engine adapter implements it.
 */
public interface LoanTermRules {

    /** Judges a loan request with the terms in force; the result names the version used. */
    TermsEvaluation evaluateTerms(KubpLoanRequest request);

    /**
     * The arrears ladder of the terms in force (aging buckets, PAR, warnings, repeat loans): a
     * published change of the ladder shows in the next report, page and letter.
     */
    ArrearsLadder arrearsLadder();

    /** A judgement of a loan request and the version of the terms that made it. */
    record TermsEvaluation(KubpTermsResult result, String ruleSetVersion) {
    }
}
