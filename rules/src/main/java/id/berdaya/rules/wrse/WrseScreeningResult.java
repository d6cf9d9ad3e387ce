package id.berdaya.rules.wrse;

import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.ScoreComponent;
import java.util.List;
import java.util.Optional;

/** What the WRSE rules concluded for one applicant. */
public final class WrseScreeningResult {

    private final WrseDecision decision;
    private final int priorityScore;
    private final List<CriterionResult> criteria;
    private final List<ScoreComponent> scoreComponents;

    public WrseScreeningResult(WrseDecision decision, int priorityScore, List<CriterionResult> criteria,
            List<ScoreComponent> scoreComponents) {
        this.decision = decision;
        this.priorityScore = priorityScore;
        this.criteria = List.copyOf(criteria);
        this.scoreComponents = List.copyOf(scoreComponents);
    }

    public WrseDecision getDecision() {
        return decision;
    }

    /** 0–100; higher ranks first when the quota is smaller than the eligible list. */
    public int getPriorityScore() {
        return priorityScore;
    }

    /** One result per criterion, in the order SEX, AGE, RESIDENCE, REGISTRY, PKH, KUBE, PRIOR_AID, SKILL, BUSINESS. */
    public List<CriterionResult> getCriteria() {
        return criteria;
    }

    /** The components that added up to the priority score, largest first. */
    public List<ScoreComponent> getScoreComponents() {
        return scoreComponents;
    }

    public Optional<CriterionResult> criterion(String code) {
        return criteria.stream().filter(c -> c.getCode().equals(code)).findFirst();
    }

    @Override
    public String toString() {
        return decision + " (score " + priorityScore + ") " + criteria;
    }
}
