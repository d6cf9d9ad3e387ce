package id.berdaya.infrastructure.rules.impact;

import id.berdaya.application.rules.ImpactSource;
import id.berdaya.domain.rules.RuleSetKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * The stored WRSE applications' input facts, as they were screened. WRSE applications are stored by
 * the WRSE application workflow (issue 8), which is not in this build yet: until it is, this source
 * says so instead of pretending there is nothing to change.
 */
@ApplicationScoped
public class WrseApplicationsImpactSource implements ImpactSource {

    @Override
    public RuleSetKind kind() {
        return RuleSetKind.WRSE_ELIGIBILITY;
    }

    @Override
    public String unavailableReason() {
        return "WRSE applications are not stored in this version of Berdaya yet (issue 8); "
                + "the impact on stored applications can be measured once they are";
    }

    @Override
    public List<ImpactCase> cases(LocalDate from, LocalDate to, int limit) {
        return List.of();
    }
}
