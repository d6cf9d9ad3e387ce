package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.LoanCashService;
import id.berdaya.application.kubp.LoanDecisionService;
import id.berdaya.application.kubp.LoanQueryService;
import id.berdaya.application.kubp.LoanReschedulingService;
import id.berdaya.domain.kubp.loan.PaymentChannel;
import id.berdaya.domain.kubp.loan.RepaymentDetails;
import id.berdaya.domain.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * One loan's page: figures and schedule on a chosen date, and what each role may do to it —
 * finance staff disburse, post and reverse repayments; supervisors approve and write off.
 */
@Named
@ViewScoped
public class LoanPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LoanQueryService query;

    @Inject
    private LoanCashService cash;

    @Inject
    private LoanDecisionService decisions;

    @Inject
    private LoanReschedulingService rescheduling;

    private Long id;
    private LocalDate asOf = KubpCalendar.today();
    private LoanDetail detail;
    private final LoanPageForms forms = new LoanPageForms();

    /** The loan comes from ?id= on the first request; later postbacks keep it in this view's bean. */
    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (param != null && param.matches("\\d{1,18}")) {
            id = Long.valueOf(param);
            load();
        }
        if (detail == null) {
            KubpFaces.recordMissing();
        }
    }

    /** Loads the loan on the chosen date; an unknown id shows a message, not an error page. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            detail = new LoanDetail(query.find(id), asOf == null ? KubpCalendar.today() : asOf, query.ladder());
        } catch (RuntimeException e) {
            detail = null;
            KubpFaces.refused(e);
        }
    }

    public void postRepayment() {
        act(() -> {
            cash.postRepayment(id, RepaymentDetails.of(forms.getAmount() == null ? 0 : forms.getAmount(),
                    forms.getValueDate(), forms.getChannel(), forms.getReceiptNo(), forms.getIdempotencyKey()));
            KubpFaces.info("repay.posted", forms.getReceiptNo());
            forms.clearRepayment();
        });
    }

    public void reverse(long repaymentId) {
        act(() -> {
            cash.reverse(repaymentId, forms.getReversalReason());
            KubpFaces.info("reverse.done", repaymentId);
            forms.setReversalReason(null);
        });
    }

    public void approve() {
        act(() -> {
            decisions.approve(id);
            KubpFaces.info("approve.done");
        });
    }

    public void disburse() {
        act(() -> {
            cash.disburse(id, forms.getDisbursementDate(), forms.getDisbursementChannel());
            KubpFaces.info("disburse.done");
        });
    }

    public void writeOff() {
        act(() -> {
            decisions.writeOff(id, forms.getWriteOffDate(), forms.getWriteOffReason());
            KubpFaces.info("writeOff.done");
        });
    }

    /** A loan officer or finance staff propose a new tenor and first due date, with a reason. */
    public void proposeRescheduling() {
        try {
            if (forms.getRescheduleTenor() == null) {
                throw new InvalidInputException("tenor", "The new number of installments is required",
                        "Jumlah angsuran baru wajib diisi");
            }
            if (forms.getRescheduleFirstDue() == null) {
                throw new InvalidInputException("firstDueDate", "The first due date is required",
                        "Tanggal jatuh tempo pertama wajib diisi");
            }
            rescheduling.propose(id, forms.getRescheduleTenor(), forms.getRescheduleFirstDue(), forms.getRescheduleReason());
            KubpFaces.info("reschedule.proposed");
            forms.clearRescheduling();
        } catch (InvalidInputException e) {
            String field = switch (e.getField()) {
                case "tenor", "firstDueDate", "reason" -> "reschedule:" + e.getField();
                default -> null;
            };
            KubpFaces.refusedOn(field, e);
        } catch (RuntimeException e) {
            KubpFaces.refused(e);
        }
        load();
    }

    /** Whether the user looking at the page proposed this rescheduling (and so may not decide it). */
    public boolean isOwnProposal(LoanDetail.Revision revision) {
        return revision.requestedBy().equals(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    /** A supervisor other than the proposer puts the rescheduling into effect. */
    public void approveRescheduling(long revisionId) {
        act(() -> {
            rescheduling.approve(id, revisionId);
            KubpFaces.info("reschedule.approved");
        });
    }

    public void rejectRescheduling(long revisionId) {
        act(() -> {
            rescheduling.reject(id, revisionId);
            KubpFaces.info("reschedule.rejected");
        });
    }

    /** Runs an action, shows its refusal if any, and reloads the figures either way. */
    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            KubpFaces.refused(e);
        }
        load();
    }

    public PaymentChannel[] getChannels() {
        return PaymentChannel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public void setAsOf(LocalDate asOf) {
        this.asOf = asOf;
    }

    public LocalDate getToday() {
        return KubpCalendar.today();
    }

    public LoanDetail getDetail() {
        return detail;
    }

    public LoanPageForms getForms() {
        return forms;
    }
}
