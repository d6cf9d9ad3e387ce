package id.berdaya.rules;

import java.util.List;

/**
 * The static safety check ({@link id.berdaya.rules.safety.RuleTextCheck}) refused a rule set: its
 * text names something outside the fact model, or a construct rules may not use. Nothing of it was
 * compiled, so nothing of it ran. A kind of compilation error, so every caller that shows where a
 * rule set fails shows these too.
 */
public class UnsafeRuleTextException extends RuleCompilationException {

    private static final long serialVersionUID = 1L;

    public UnsafeRuleTextException(List<RuleCompilationError> refusals) {
        super(refusals);
    }
}
