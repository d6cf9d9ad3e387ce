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
    private final String reasonKey;
    private final java.util.Map<String, Object> reasonValues;

    public CriterionResult(String code, Outcome outcome, String reasonId, String reasonEn) {
        this(code, outcome, reasonId, reasonEn, null, java.util.Map.of());
    }

    private CriterionResult(String code, Outcome outcome, String reasonId, String reasonEn, String reasonKey,
            java.util.Map<String, Object> reasonValues) {
        this.code = Objects.requireNonNull(code, "code");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.reasonId = Objects.requireNonNull(reasonId, "reasonId");
        this.reasonEn = Objects.requireNonNull(reasonEn, "reasonEn");
        this.reasonKey = reasonKey;
        this.reasonValues = reasonValues;
    }

    /**
     * A result whose reason is a catalogue key and the values of its placeholders (name, value, name,
     * value…): the texts are looked up in the rule set's {@link RuleSetCatalogue} when the result is read,
     * so no text is ever part of rule code. Until then the reason reads as the key.
     */
    public static CriterionResult keyed(String code, Outcome outcome, String reasonKey, Object... namesAndValues) {
        return new CriterionResult(code, outcome, reasonKey, reasonKey, reasonKey, RuleSetCatalogue.values(namesAndValues));
    }

    /** The same result worded with the given texts. */
    public CriterionResult worded(String reasonId, String reasonEn) {
        return new CriterionResult(code, outcome, reasonId, reasonEn, reasonKey, reasonValues);
    }

    /** The catalogue key of the reason, or null when the rule wrote its texts itself. */
    public String getReasonKey() {
        return reasonKey;
    }

    /** The values of the reason's placeholders, by name. */
    public java.util.Map<String, Object> getReasonValues() {
        return reasonValues;
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
