package id.berdaya.domain.wrse;

import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.Outcome;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One criterion's result as the rules gave it when the decision was made, with its reasons. */
@Embeddable
public class CriterionOutcome {

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 10)
    private Outcome outcome;

    @Column(name = "reason_id", nullable = false, length = 2000)
    private String reasonId;

    @Column(name = "reason_en", nullable = false, length = 2000)
    private String reasonEn;

    protected CriterionOutcome() {
        // for JPA
    }

    public CriterionOutcome(CriterionResult result) {
        this.code = result.getCode();
        this.outcome = result.getOutcome();
        this.reasonId = result.getReasonId();
        this.reasonEn = result.getReasonEn();
    }

    public String getCode() {
        return code;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReasonId() {
        return reasonId;
    }

    public String getReasonEn() {
        return reasonEn;
    }

    /** The reason in the given language ("id" or "en"). */
    public String reason(String language) {
        return "en".equals(language) ? reasonEn : reasonId;
    }
}
