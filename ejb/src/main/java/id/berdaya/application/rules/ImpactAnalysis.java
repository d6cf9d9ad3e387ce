package id.berdaya.application.rules;

import id.berdaya.application.rules.ImpactSource.ImpactCase;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.kubp.KubpLoanRequest;
import id.berdaya.rules.kubp.KubpTermsEvaluator;
import id.berdaya.rules.kubp.KubpTermsResult;
import id.berdaya.rules.wrse.WrseApplicant;
import id.berdaya.rules.wrse.WrseScreener;
import id.berdaya.rules.wrse.WrseScreeningResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.kie.api.KieBase;

/** Evaluates cases with two compiled rule sets and lists where their outcomes differ. */
final class ImpactAnalysis {

    /** What one rule set concluded for one case: the decision, and the details that led to it. */
    record Outcome(String decision, Map<String, String> details) {
    }

    private ImpactAnalysis() {
    }

    static List<ImpactReport.Change> compare(RuleSetKind kind, KieBase inForce, KieBase draft, List<ImpactCase> cases,
            Map<String, Integer> transitions) {
        try (Evaluator before = new Evaluator(kind, inForce); Evaluator after = new Evaluator(kind, draft)) {
            List<ImpactReport.Change> changes = new ArrayList<>();
            for (ImpactCase impactCase : cases) {
                Outcome was = before.evaluate(impactCase.facts());
                Outcome would = after.evaluate(impactCase.facts());
                List<String> differences = differences(was, would);
                if (differences.isEmpty()) {
                    continue;
                }
                boolean decisionChanged = !was.decision().equals(would.decision());
                if (decisionChanged) {
                    transitions.merge(was.decision() + " → " + would.decision(), 1, Integer::sum);
                }
                changes.add(new ImpactReport.Change(impactCase.reference(), impactCase.label(), impactCase.date(),
                        was.decision(), would.decision(), decisionChanged, differences));
            }
            return changes;
        }
    }

    private static List<String> differences(Outcome was, Outcome would) {
        List<String> differences = new ArrayList<>();
        if (!was.decision().equals(would.decision())) {
            differences.add("decision: " + was.decision() + " → " + would.decision());
        }
        for (String key : union(was.details(), would.details())) {
            String before = was.details().getOrDefault(key, "—");
            String after = would.details().getOrDefault(key, "—");
            if (!before.equals(after)) {
                differences.add(key + ": " + before + " → " + after);
            }
        }
        return differences;
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    /** One compiled rule set as a function from facts to outcome. */
    private static final class Evaluator implements AutoCloseable {

        private final AutoCloseable resource;
        private final Function<Object, Outcome> evaluate;

        Evaluator(RuleSetKind kind, KieBase rules) {
            if (kind == RuleSetKind.WRSE_ELIGIBILITY) {
                WrseScreener screener = new WrseScreener(rules);
                resource = screener;
                evaluate = facts -> outcome(screener.screen((WrseApplicant) facts));
            } else {
                KubpTermsEvaluator terms = new KubpTermsEvaluator(rules);
                resource = terms;
                evaluate = facts -> outcome(terms.evaluate((KubpLoanRequest) facts));
            }
        }

        Outcome evaluate(Object facts) {
            try {
                return evaluate.apply(facts);
            } catch (RuntimeException e) {
                return new Outcome("ERROR", Map.of("error", String.valueOf(e.getMessage())));
            }
        }

        @Override
        public void close() {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static Outcome outcome(WrseScreeningResult result) {
        Map<String, String> details = new LinkedHashMap<>();
        for (CriterionResult criterion : result.getCriteria()) {
            details.put(criterion.getCode(), criterion.getOutcome().name());
        }
        details.put("priorityScore", Integer.toString(result.getPriorityScore()));
        return new Outcome(result.getDecision().name(), details);
    }

    private static Outcome outcome(KubpTermsResult result) {
        Map<String, String> details = new TreeMap<>();
        result.getViolations().forEach(v -> details.put(v.getCode(), "VIOLATED"));
        return new Outcome(result.isApprovable() ? "APPROVABLE" : "REFUSED", details);
    }
}
