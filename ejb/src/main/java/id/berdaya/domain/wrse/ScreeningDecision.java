package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.KeepsHistory;
import id.berdaya.rules.wrse.WrseDecision;
import id.berdaya.rules.wrse.WrseScreeningResult;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One screening of an application, kept for good: the rules' decision and priority score, every
 * criterion result with its reasons, the id of the rule-set version that made it and the input
 * facts as they were, so it can be shown and explained exactly as made after the rules change.
 * A supervisor's judgement on a NEEDS_REVIEW or INELIGIBLE decision is recorded beside it.
 */
@KeepsHistory(omit = "inputSnapshot")
@Entity
@Table(name = "wrse_decision")
public class ScreeningDecision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private WrseApplication application;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, length = 20)
    private WrseDecision decision;

    @Column(name = "priority_score", nullable = false)
    private int priorityScore;

    @Column(name = "rule_set_version", nullable = false, length = 60)
    private String ruleSetVersion;

    /** The facts the rules saw, as JSON (see {@link FactsSnapshot}). */
    @Column(name = "input_snapshot", nullable = false, length = 20000)
    private String inputSnapshot;

    @Column(name = "decided_by", nullable = false, length = 50)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "wrse_decision_criterion", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<CriterionOutcome> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "wrse_decision_score", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<ScoreLine> scoreLines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "judgement", length = 20)
    private WrseDecision judgement;

    @Column(name = "judgement_justification", length = 2000)
    private String justification;

    @Column(name = "judged_by", length = 50)
    private String judgedBy;

    @Column(name = "judged_at")
    private Instant judgedAt;

    protected ScreeningDecision() {
        // for JPA
    }

    ScreeningDecision(WrseApplication application, int sequence, WrseScreeningResult result, String ruleSetVersion,
            String inputSnapshot, String decidedBy, Instant decidedAt) {
        this.application = application;
        this.sequence = sequence;
        this.decision = result.getDecision();
        this.priorityScore = result.getPriorityScore();
        this.ruleSetVersion = Inputs.required("ruleSetVersion", ruleSetVersion);
        this.inputSnapshot = Inputs.required("inputSnapshot", inputSnapshot);
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        result.getCriteria().forEach(c -> criteria.add(new CriterionOutcome(c)));
        result.getScoreComponents().forEach(s -> scoreLines.add(new ScoreLine(s)));
    }

    void recordJudgement(WrseDecision outcome, String justification, String by, Instant at) {
        this.judgement = outcome;
        this.justification = justification;
        this.judgedBy = by;
        this.judgedAt = at;
    }

    /** The decision in force: the supervisor's judgement if there is one, else the rules'. */
    public WrseDecision effectiveDecision() {
        return judgement != null ? judgement : decision;
    }

    public boolean isJudged() {
        return judgement != null;
    }

    public Long getId() {
        return id;
    }

    public int getSequence() {
        return sequence;
    }

    public WrseDecision getDecision() {
        return decision;
    }

    public int getPriorityScore() {
        return priorityScore;
    }

    public String getRuleSetVersion() {
        return ruleSetVersion;
    }

    public String getInputSnapshot() {
        return inputSnapshot;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<CriterionOutcome> getCriteria() {
        return Collections.unmodifiableList(criteria);
    }

    public List<ScoreLine> getScoreLines() {
        return Collections.unmodifiableList(scoreLines);
    }

    public WrseDecision getJudgement() {
        return judgement;
    }

    public String getJustification() {
        return justification;
    }

    public String getJudgedBy() {
        return judgedBy;
    }

    public Instant getJudgedAt() {
        return judgedAt;
    }
}
