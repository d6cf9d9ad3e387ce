package id.berdaya.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set did not compile; {@link #getErrors()} says where and why. */
public class RuleCompilationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<RuleCompilationError> errors;

    public RuleCompilationException(List<RuleCompilationError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    private static String summary(List<RuleCompilationError> errors) {
        return "The rule set has " + errors.size() + " error(s):\n"
                + errors.stream().map(RuleCompilationError::toString).collect(Collectors.joining("\n"));
    }

    public List<RuleCompilationError> getErrors() {
        return errors;
    }
}
