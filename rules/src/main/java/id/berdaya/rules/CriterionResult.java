package id.berdaya.rules;

import java.util.Objects;

/**
 * One criterion's result, inserted by a rule. A plain class with getters (not a record) so that
 * Faces EL can read it.
 */
public final class CriterionResult {

    private final String code;
    private final Outcome outcome;
    private final String reasonId;
    private final String reasonEn;

    public CriterionResult(String code, Outcome outcome, String reasonId, String reasonEn) {
        this.code = Objects.requireNonNull(code, "code");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reasonId = Objects.requireNonNull(reasonId, "reasonId");
        this.reasonEn = Objects.requireNonNull(reasonEn, "reasonEn");
    }

    public static CriterionResult pass(String code, String reasonId, String reasonEn) {
        return new CriterionResult(code, Outcome.PASS, reasonId, reasonEn);
    }

    public static CriterionResult fail(String code, String reasonId, String reasonEn) {
        return new CriterionResult(code, Outcome.FAIL, reasonId, reasonEn);
    }

    public static CriterionResult review(String code, String reasonId, String reasonEn) {
        return new CriterionResult(code, Outcome.REVIEW, reasonId, reasonEn);
    }

    public String getCode() {
        return code;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** The reason in Indonesian, to be read aloud to the applicant. */
    public String getReasonId() {
        return reasonId;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    @Override
    public String toString() {
        return code + " " + outcome + ": " + reasonEn;
    }
}
