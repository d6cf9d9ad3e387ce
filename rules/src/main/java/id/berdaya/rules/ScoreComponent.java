package id.berdaya.rules;

import java.util.Objects;

/** Points a rule adds to (or, if negative, takes from) a priority score, with the reason. */
public final class ScoreComponent {

    private final String code;
    private final int points;
    private final String reasonId;
    private final String reasonEn;
    private final String reasonKey;
    private final java.util.Map<String, Object> reasonValues;

    public ScoreComponent(String code, int points, String reasonId, String reasonEn) {
        this(code, points, reasonId, reasonEn, null, java.util.Map.of());
    }

    private ScoreComponent(String code, int points, String reasonId, String reasonEn, String reasonKey,
            java.util.Map<String, Object> reasonValues) {
        this.code = Objects.requireNonNull(code, "code");
        this.points = points;
        this.reasonId = Objects.requireNonNull(reasonId, "reasonId");
        this.reasonEn = Objects.requireNonNull(reasonEn, "reasonEn");
        this.reasonKey = reasonKey;
        this.reasonValues = reasonValues;
    }

    /** Points whose reason is a catalogue key and its placeholder values (see {@link CriterionResult#keyed}). */
    public static ScoreComponent keyed(String code, int points, String reasonKey, Object... namesAndValues) {
        return new ScoreComponent(code, points, reasonKey, reasonKey, reasonKey, RuleSetCatalogue.values(namesAndValues));
    }

    public ScoreComponent worded(String reasonId, String reasonEn) {
        return new ScoreComponent(code, points, reasonId, reasonEn, reasonKey, reasonValues);
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public java.util.Map<String, Object> getReasonValues() {
        return reasonValues;
    }

    public String getCode() {
        return code;
    }

    public int getPoints() {
        return points;
    }

    public String getReasonId() {
        return reasonId;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    @Override
    public String toString() {
        return code + " " + (points >= 0 ? "+" : "") + points + ": " + reasonEn;
    }
}
