package id.berdaya.rules.wrse;

import id.berdaya.rules.CodeOrder;
import id.berdaya.rules.CriterionResult;
import id.berdaya.rules.RuleRunner;
import id.berdaya.rules.RuleSetCatalogue;
import id.berdaya.rules.RuleRunner.WorkingMemoryFacts;
import id.berdaya.rules.ScoreComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.kie.api.KieBase;

/**
 * Screens WRSE applicants with a compiled WRSE rule set. Thread-safe: create one per KieBase and
 * share it. To hot-swap the rules, build a new screener on the new KieBase and close the old one
 * once its in-flight screenings are done (closing disposes its pooled sessions).
 */
public final class WrseScreener implements AutoCloseable {

    private static final Comparator<String> CRITERIA_ORDER = CodeOrder.of(
            "SEX", "AGE", "RESIDENCE", "REGISTRY", "PKH", "KUBE", "PRIOR_AID", "SKILL", "BUSINESS");
    private static final Comparator<ScoreComponent> LARGEST_FIRST = Comparator.comparingInt(ScoreComponent::getPoints).reversed()
            .thenComparing(ScoreComponent::getCode);

    private final RuleRunner runner;
    private final RuleSetCatalogue catalogue;
    private final Comparator<CriterionResult> byCode;

    public WrseScreener(KieBase wrseRules) {
        this.runner = new RuleRunner(wrseRules);
        this.catalogue = RuleSetCatalogue.of(wrseRules);
        this.byCode = Comparator.comparing(CriterionResult::getCode, catalogue.order(CRITERIA_ORDER));
    }

    public WrseScreeningResult screen(WrseApplicant applicant) {
        WorkingMemoryFacts facts = runner.run(applicant);
        List<CriterionResult> criteria = new ArrayList<>(12);
        List<ScoreComponent> components = new ArrayList<>(8);
        facts.forEach(fact -> {
            if (fact instanceof CriterionResult criterion) {
                criteria.add(catalogue.word(criterion));
            } else if (fact instanceof ScoreComponent component) {
                components.add(catalogue.word(component));
            }
        });
        criteria.sort(byCode);
        components.sort(LARGEST_FIRST);
        return new WrseScreeningResult(facts.single(WrseVerdict.class).getDecision(),
                facts.single(PriorityScore.class).getPoints(), criteria, components);
    }

    @Override
    public void close() {
        runner.close();
    }
}
