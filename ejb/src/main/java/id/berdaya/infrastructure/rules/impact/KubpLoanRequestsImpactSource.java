package id.berdaya.infrastructure.rules.impact;

import id.berdaya.application.rules.ImpactSource;
import id.berdaya.domain.kubp.loan.KubpLoanRequests;
import id.berdaya.domain.kubp.loan.Loan;
import id.berdaya.domain.kubp.loan.LoanApplication;
import id.berdaya.domain.kubp.loan.LoanRepository;
import id.berdaya.domain.rules.RuleSetKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The KUBP loans applied for in a period, each rebuilt as the request the terms judged: the loan's
 * amount, tenor and grace, its group's members and the group's loans applied for before it, on the
 * date it was applied for. KUBP stores loans, not request snapshots, so this is a reconstruction:
 * members as the group stands now, and membership of other groups' open loans left out. Both the
 * draft and the version in force judge the same rebuilt request, so what differs is the rules.
 */
@ApplicationScoped
public class KubpLoanRequestsImpactSource implements ImpactSource {

    /** The programme's time zone (WITA): a loan applied for at 23:30 UTC belongs to the next day. */
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    @Inject
    private LoanRepository loans;

    @Override
    public RuleSetKind kind() {
        return RuleSetKind.KUBP_TERMS;
    }

    @Override
    public String unavailableReason() {
        return null;
    }

    @Override
    public List<ImpactCase> cases(LocalDate from, LocalDate to, int limit) {
        List<Loan> all = loans.findWithLedger(List.of());
        return all.stream()
                .filter(loan -> loan.getEvents().getAppliedAt() != null)
                .filter(loan -> !appliedOn(loan).isBefore(from) && !appliedOn(loan).isAfter(to))
                .sorted(Comparator.comparing((Loan loan) -> loan.getEvents().getAppliedAt()).thenComparing(Loan::getId))
                .limit(limit)
                .map(loan -> new ImpactCase("KUBP-" + loan.getId(), loan.getGroup().getName(), appliedOn(loan),
                        request(loan, all)))
                .toList();
    }

    private static Object request(Loan loan, List<Loan> all) {
        LocalDate applied = appliedOn(loan);
        List<Loan> earlier = all.stream()
                .filter(other -> other.getGroup().getId().equals(loan.getGroup().getId()))
                .filter(other -> other.getEvents().getAppliedAt() != null
                        && other.getEvents().getAppliedAt().isBefore(loan.getEvents().getAppliedAt()))
                .toList();
        LoanApplication application = new LoanApplication(loan.getGroup().getId(), loan.getPrincipal().amount(),
                loan.getInstallmentCount(), loan.getPlannedDisbursementDate(), loan.getFirstDueDate(), loan.getPurpose());
        return KubpLoanRequests.of(loan.getGroup(), application, earlier, Set.of(), applied);
    }

    private static LocalDate appliedOn(Loan loan) {
        return loan.getEvents().getAppliedAt().atZone(WITA).toLocalDate();
    }
}
