package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRepository;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.security.Role;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.infrastructure.rules.RuleEngine;
import id.berdaya.infrastructure.rules.RuleSetVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a version would do, before anyone publishes it: does it compile (each error with file, line
 * and column), do its test cases pass, and which stored decisions of a period would it change. None
 * of this changes the rules in force.
 */
@Stateless
@RolesAllowed({Role.Names.POLICY_STAFF, Role.Names.SUPERVISOR})
public class RuleSetChecks {

    static final int MOST_IMPACT_CASES = 10_000;
    private static final long LONGEST_PERIOD_DAYS = 3 * 366;

    @Inject
    private RuleSetRepository ruleSets;

    @Inject
    private RuleSetVerifier verifier;

    @Inject
    private RuleEngine engine;

    @Inject
    @Any
    private Instance<ImpactSource> impactSources;

    public RuleSetVerification validate(RuleSetKind kind, int number) {
        return verifier.compile(load(kind, number));
    }

    public RuleSetVerification runTests(RuleSetKind kind, int number) {
        return verifier.verify(load(kind, number));
    }

    /** The version against the one in force over the stored cases dated {@code from}–{@code to}. */
    public ImpactReport impact(RuleSetKind kind, int number, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "The period needs a start and an end on or after it",
                    "Periode memerlukan tanggal awal dan akhir yang tidak sebelum tanggal awal");
        }
        if (ChronoUnit.DAYS.between(from, to) > LONGEST_PERIOD_DAYS) {
            throw new InvalidInputException("from", "The period is longer than three years", "Periode lebih dari tiga tahun");
        }
        RuleSetRevision revision = load(kind, number);
        RuleSetVerification compiled = verifier.compile(revision);
        compiled.requireCompiles(number);
        RuleSetVersion inForce = engine.versionInForce(kind);
        ImpactSource source = impactSources.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
        String unavailable = source == null ? "No stored cases can be read for " + kind : source.unavailableReason();
        if (unavailable != null) {
            return new ImpactReport(kind, number, compiled.compiled().versionId(), inForce.versionId(), from, to,
                    unavailable, 0, 0, 0, false, Map.of(), List.of());
        }
        List<ImpactSource.ImpactCase> cases = source.cases(from, to, MOST_IMPACT_CASES + 1);
        boolean truncated = cases.size() > MOST_IMPACT_CASES;
        List<ImpactSource.ImpactCase> evaluated = truncated ? cases.subList(0, MOST_IMPACT_CASES) : cases;
        Map<String, Integer> transitions = new TreeMap<>();
        List<ImpactReport.Change> changes = ImpactAnalysis.compare(kind, inForce.kieBase(), compiled.compiled().kieBase(),
                evaluated, transitions);
        int decisionsChanged = (int) changes.stream().filter(ImpactReport.Change::decisionChanged).count();
        return new ImpactReport(kind, number, compiled.compiled().versionId(), inForce.versionId(), from, to, null,
                evaluated.size(), decisionsChanged, changes.size() - decisionsChanged, truncated, transitions, changes);
    }

    private RuleSetRevision load(RuleSetKind kind, int number) {
        return ruleSets.findWithContent(kind, number)
                .orElseThrow(() -> new NotFoundException("Rule set version", kind.slug() + "/" + number));
    }
}
