package id.berdaya.rules.kubp;

import java.util.List;

/** What the KUBP rules concluded for one loan request. */
public final class KubpTermsResult {

    private final List<TermViolation> violations;
    private final KubpTerms terms;

    public KubpTermsResult(List<TermViolation> violations, KubpTerms terms) {
        this.violations = List.copyOf(violations);
        this.terms = terms;
    }

    /** True when the request breaks no term, so an officer may approve it. */
    public boolean isApprovable() {
        return violations.isEmpty();
    }

    public List<TermViolation> getViolations() {
        return violations;
    }

    public KubpTerms getTerms() {
        return terms;
    }

    @Override
    public String toString() {
        return (isApprovable() ? "approvable" : "refused") + " " + violations;
    }
}
