package id.berdaya.infrastructure.rules.impact;

import id.berdaya.application.rules.ImpactSource;
import id.berdaya.application.wrse.Confidentiality;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.wrse.CodeListRepository;
import id.berdaya.rules.testing.TestCaseFormatException;
import id.berdaya.rules.testing.WrseTestCases;
import id.berdaya.rules.wrse.WrseApplicant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The stored WRSE applications of a period (by application date), each with the facts of its latest
 * screening exactly as they were screened (the decision's input snapshot). Read only; the WRSE
 * workflow owns these tables.
 */
@ApplicationScoped
public class WrseApplicationsImpactSource implements ImpactSource {

    private static final Logger LOG = Logger.getLogger(WrseApplicationsImpactSource.class.getName());

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Inject
    private CodeListRepository codes;

    @Override
    public RuleSetKind kind() {
        return RuleSetKind.WRSE_ELIGIBILITY;
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public List<ImpactCase> cases(LocalDate from, LocalDate to, int limit) {
        List<Object[]> rows = em.createQuery("""
                select a.id, a.applicant.fullName, a.applicationDate, d.inputSnapshot
                from ScreeningDecision d join d.application a
                where a.applicationDate between :from and :to
                  and d.sequence = (select max(d2.sequence) from ScreeningDecision d2 where d2.application = a)
                order by a.applicationDate, a.id""", Object[].class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
        List<ImpactCase> cases = new ArrayList<>();
        Set<String> confidential = codes.confidentialCircumstances();
        for (Object[] row : rows) {
            try {
                WrseApplicant facts = WrseTestCases.applicant((String) row[3]);
                // Counted with her circumstances, but never named: an impact list must not tell who is a survivor.
                boolean hidden = facts.getCircumstances().stream().anyMatch(confidential::contains);
                cases.add(hidden
                        ? new ImpactCase("WRSE-" + Confidentiality.REDACTED_CODE,
                                Confidentiality.REDACTED_ID, (LocalDate) row[2], facts)
                        : new ImpactCase("WRSE-" + row[0], (String) row[1], (LocalDate) row[2], facts));
            } catch (TestCaseFormatException e) {
                // A snapshot the rules module cannot read back is left out, loudly, not guessed at.
                LOG.warning(() -> "WRSE application " + row[0] + " left out of the impact: " + e.getMessage());
            }
        }
        return cases;
    }
}
