package id.berdaya.domain.wrse;

import id.berdaya.rules.ScoreComponent;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One component of a decision's priority score, as the score rules gave it. */
@Embeddable
public class ScoreLine {

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "points", nullable = false)
    private int points;

    @Column(name = "reason_id", nullable = false, length = 2000)
    private String reasonId;

    @Column(name = "reason_en", nullable = false, length = 2000)
    private String reasonEn;

    protected ScoreLine() {
        // for JPA
    }

    public ScoreLine(ScoreComponent component) {
        this.code = component.getCode();
        this.points = component.getPoints();
        this.reasonId = component.getReasonId();
        this.reasonEn = component.getReasonEn();
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

    public String reason(String language) {
        return "en".equals(language) ? reasonEn : reasonId;
    }
}
