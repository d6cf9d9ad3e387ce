package id.berdaya.rules;

import java.util.Objects;

/** Points a rule adds to (or, if negative, takes from) a priority score, with the reason. */
public final class ScoreComponent {

    private final String code;
    private final int points;
    private final String reasonId;
    private final String reasonEn;

    public ScoreComponent(String code, int points, String reasonId, String reasonEn) {
        this.code = Objects.requireNonNull(code, "code");
        this.points = points;
        this.reasonId = Objects.requireNonNull(reasonId, "reasonId");
        this.reasonEn = Objects.requireNonNull(reasonEn, "reasonEn");
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
