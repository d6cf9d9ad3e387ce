package id.berdaya.rules.wrse;

import java.util.Objects;

/** The decision fact the decision rules insert once every criterion has a result. */
public final class WrseVerdict {

    private final WrseDecision decision;

    public WrseVerdict(WrseDecision decision) {
        this.decision = Objects.requireNonNull(decision, "decision");
    }

    public WrseDecision getDecision() {
        return decision;
    }

    @Override
    public String toString() {
        return decision.name();
    }
}
