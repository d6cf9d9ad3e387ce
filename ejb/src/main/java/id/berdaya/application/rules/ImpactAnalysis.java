package id.berdaya.application.rules;

import id.berdaya.application.rules.ImpactSource.ImpactCase;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.infrastructure.rules.programme.RuleSetProgramme;
import id.berdaya.infrastructure.rules.programme.RuleSetProgramme.Outcome;
import id.berdaya.infrastructure.rules.programme.RuleSetProgrammes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;

/**
 * Evaluates cases with two compiled rule sets and lists where their outcomes differ. What an outcome
 * is (a decision and the details that led to it) is the programme's to say.
 */
final class ImpactAnalysis {

    private ImpactAnalysis() {
    }

    static List<ImpactReport.Change> compare(RuleSetKind kind, KieBase inForce, KieBase draft, List<ImpactCase> cases,
            Map<String, Integer> transitions) {
        return compare(RuleSetProgrammes.of(kind), inForce, draft, cases, transitions);
    }

    private static <E extends AutoCloseable> List<ImpactReport.Change> compare(RuleSetProgramme<E> programme,
            KieBase inForce, KieBase draft, List<ImpactCase> cases, Map<String, Integer> transitions) {
        try (Evaluator<E> before = new Evaluator<>(programme, inForce); Evaluator<E> after = new Evaluator<>(programme, draft)) {
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
    private static final class Evaluator<E extends AutoCloseable> implements AutoCloseable {

        private final RuleSetProgramme<E> programme;
        private final E evaluator;

        Evaluator(RuleSetProgramme<E> programme, KieBase rules) {
            this.programme = programme;
            this.evaluator = programme.evaluator(rules);
        }

        Outcome evaluate(Object facts) {
            try {
                return programme.outcome(evaluator, facts);
            } catch (RuntimeException e) {
                return new Outcome("ERROR", Map.of("error", String.valueOf(e.getMessage())));
            }
        }

        @Override
        public void close() {
            try {
                evaluator.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
