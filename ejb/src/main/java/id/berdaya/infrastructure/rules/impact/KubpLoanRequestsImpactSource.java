package id.berdaya.infrastructure.rules.impact;

import id.berdaya.application.rules.ImpactSource;
import id.berdaya.domain.rules.RuleSetKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * The stored KUBP loan requests, as they were judged against the terms. KUBP loans are stored by the
 * KUBP loan workflow, which is not in this build yet: until it is, this source says so.
 */
@ApplicationScoped
public class KubpLoanRequestsImpactSource implements ImpactSource {

    @Override
    public RuleSetKind kind() {
        return RuleSetKind.KUBP_TERMS;
    }

    @Override
    public String unavailableReason() {
        return "KUBP loan requests are not stored in this version of Berdaya yet; "
                + "the impact on stored loans can be measured once they are";
    }

    @Override
    public List<ImpactCase> cases(LocalDate from, LocalDate to, int limit) {
        return List.of();
    }
}
