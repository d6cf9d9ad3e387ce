package id.berdaya.interfaces.web;


import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.application.wrse.AppealService;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.domain.kubp.loan.LoanStatus;
import id.berdaya.domain.wrse.ApplicationStatus;
import id.berdaya.domain.wrse.WrseApplicationRepository;
import id.berdaya.domain.wrse.WrseProgramme;
import id.berdaya.interfaces.kubp.web.LoanRow;
import id.berdaya.interfaces.wrse.web.ApplicationRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What waits for a supervisor, oldest first within each list: WRSE applications whose screening needs
 * a review, eligible ones waiting to be proposed to the province, proposed ones waiting for
 * verification, and KUBP loans waiting for approval. The home tile shows the same counts.
 */
@Named
@RequestScoped
public class WorkQueueBean {

    @Inject
    private WrseQueryService wrse;

    @Inject
    private LoanQueryService loans;

    private List<ApplicationRow> submitted;
    private List<ApplicationRow> proposed;
    private List<LoanRow> applied;
    private List<AppealRow> appealsWaiting;

    @Inject
    private AppealService appeals;

    public List<ApplicationRow> getNeedingReview() {
        return submitted().stream().filter(r -> "NEEDS_REVIEW".equals(r.getDecision())).collect(Collectors.toCollection(ArrayList::new));
    }

    public List<ApplicationRow> getAwaitingProposal() {
        return submitted().stream().filter(r -> "ELIGIBLE".equals(r.getDecision())).collect(Collectors.toCollection(ArrayList::new));
    }

    public List<ApplicationRow> getAwaitingVerification() {
        if (proposed == null) {
            proposed = rows(ApplicationStatus.PROPOSED);
        }
        return proposed;
    }

    public List<LoanRow> getLoansAwaitingApproval() {
        if (applied == null) {
            LocalDate today = KubpCalendar.today();
            applied = loans.list(EnumSet.of(LoanStatus.APPLIED)).stream().map(loan -> new LoanRow(loan, today, loans.ladder())).collect(Collectors.toCollection(ArrayList::new));
        }
        return applied;
    }

    /** Appeals waiting for a supervisor, earliest deadline first, with what is overdue. */
    public List<AppealRow> getAppealsWaiting() {
        if (appealsWaiting == null) {
            LocalDate today = WrseProgramme.today(Instant.now());
            appealsWaiting = appeals.waiting().stream().map(a -> new AppealRow(a, wrse.find(a.getApplicationId()), today))
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        return appealsWaiting;
    }

    public long getAppealsOverdue() {
        return getAppealsWaiting().stream().filter(AppealRow::isOverdue).count();
    }

    public int getTotal() {
        return getNeedingReview().size() + getAwaitingProposal().size() + getAwaitingVerification().size()
                + getLoansAwaitingApproval().size() + getAppealsWaiting().size();
    }

    private List<ApplicationRow> submitted() {
        if (submitted == null) {
            submitted = rows(ApplicationStatus.SUBMITTED);
        }
        return submitted;
    }

    private List<ApplicationRow> rows(ApplicationStatus status) {
        var filter = new WrseApplicationRepository.Filter(null, null, status, null);
        return wrse.list(filter, 0, WrseQueryService.MAX_PAGE_SIZE).items().stream().map(ApplicationRow::new)
                .sorted(java.util.Comparator.comparing(ApplicationRow::getApplicationDate)).collect(Collectors.toCollection(ArrayList::new));
    }
}
