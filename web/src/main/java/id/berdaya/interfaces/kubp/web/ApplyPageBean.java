package id.berdaya.interfaces.kubp.web;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.application.kubp.KubpGroupService;
import id.berdaya.application.kubp.LoanApplicationService;
import id.berdaya.application.kubp.LoanApplicationService.Assessment;
import id.berdaya.domain.kubp.group.KubpGroup;
import id.berdaya.domain.kubp.loan.LoanApplication;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.domain.shared.RuleRefusalException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A loan application for a group: amount per member, tenor, grace and first due date; the
 * preview shows the schedule and every KUBP term the application breaks before anything is saved.
 */
@Named
@ViewScoped
public class ApplyPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KubpGroupService groups;

    @Inject
    private LoanApplicationService applications;

    private Long groupId;
    private String groupName;
    private int memberCount;
    private Long amountPerMember;
    private Integer installments = 12;
    private Integer graceMonths = 0;
    private LocalDate disbursementDate = KubpCalendar.today();
    private LocalDate firstDueDate;
    private String purpose;
    private List<PreviewLine> schedule = List.of();
    private List<String> refusals = List.of();
    private boolean previewed;
    private String ruleSetVersion;

    /** A preview line; EL reads getters, not record components. */
    public static final class PreviewLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private final LocalDate dueDate;
        private final long amount;

        PreviewLine(int number, LocalDate dueDate, long amount) {
            this.number = number;
            this.dueDate = dueDate;
            this.amount = amount;
        }

        public int getNumber() { return number; }
        public LocalDate getDueDate() { return dueDate; }
        public long getAmount() { return amount; }
    }

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("group");
        if (param != null && param.matches("\\d{1,18}")) {
            try {
                KubpGroup group = groups.find(Long.parseLong(param));
                groupId = group.getId();
                groupName = group.getName();
                memberCount = group.getMembers().size();
            } catch (RuntimeException e) {
                KubpFaces.refused(e);
            }
        }
        if (groupId == null) {
            KubpFaces.recordMissing();
        }
    }

    private LoanApplication application() {
        if (amountPerMember == null) {
            throw new InvalidInputException("amountPerMember", "amount per member is required",
                    "Jumlah per anggota wajib diisi");
        }
        if (installments == null) {
            throw new InvalidInputException("installments", "tenor is required", "Jangka waktu wajib diisi");
        }
        if (graceMonths == null || graceMonths < 0 || graceMonths > 120) {
            throw new InvalidInputException("graceMonths", "grace must be between 0 and 120 months",
                    "Masa tenggang harus 0 sampai 120 bulan");
        }
        if (disbursementDate == null) {
            throw new InvalidInputException("disbursementDate", "disbursement date is required",
                    "Tanggal pencairan wajib diisi");
        }
        // Grace counts whole months before the first installment, which falls a month after that.
        LocalDate due = firstDueDate != null ? firstDueDate : disbursementDate.plusMonths(graceMonths + 1L);
        return new LoanApplication(groupId, Math.multiplyExact(amountPerMember, (long) memberCount), installments,
                disbursementDate, due, purpose);
    }

    public void preview() {
        try {
            Assessment assessment = applications.assess(application());
            schedule = assessment.schedule() == null ? List.of() : assessment.schedule().installments().stream()
                    .map(i -> new PreviewLine(i.number(), i.dueDate(), i.amount().amount())).toList();
            boolean english = "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
            refusals = assessment.refusals().stream()
                    .map(r -> r.code() + ": " + (english ? r.reasonEn() : r.reasonId())).toList();
            ruleSetVersion = assessment.ruleSetVersion();
            previewed = true;
        } catch (InvalidInputException e) {
            previewed = false;
            KubpFaces.refusedOn(clientId(e.getField()), e);
        } catch (ArithmeticException e) {
            previewed = false;
            KubpFaces.refusedOn("apply:amountPerMember", new InvalidInputException("amountPerMember",
                    "amount is too large", "Jumlah terlalu besar"));
        } catch (RuntimeException e) {
            previewed = false;
            KubpFaces.refused(e);
        }
    }

    /** Saves the application and opens the new loan; refusals stay on this page, nothing saved. */
    public void save() {
        try {
            long id = applications.apply(application()).getId();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            KubpFaces.info("apply.saved", id);
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/kubp/loan.xhtml?id=" + id);
        } catch (RuleRefusalException e) {
            preview();
            KubpFaces.refused(e);
        } catch (InvalidInputException e) {
            KubpFaces.refusedOn(clientId(e.getField()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            KubpFaces.refused(e);
        }
    }

    private static String clientId(String field) {
        return switch (field == null ? "" : field) {
            case "amountPerMember", "principal" -> "apply:amountPerMember";
            case "installments" -> "apply:installments";
            case "graceMonths" -> "apply:graceMonths";
            case "disbursementDate" -> "apply:disbursementDate";
            case "firstDueDate" -> "apply:firstDueDate";
            case "purpose" -> "apply:purpose";
            default -> null;
        };
    }

    public long getPrincipal() {
        return amountPerMember == null ? 0 : amountPerMember * memberCount;
    }

    public Long getGroupId() { return groupId; }
    public String getGroupName() { return groupName; }
    public int getMemberCount() { return memberCount; }
    public Long getAmountPerMember() { return amountPerMember; }
    public void setAmountPerMember(Long amountPerMember) { this.amountPerMember = amountPerMember; }
    public Integer getInstallments() { return installments; }
    public void setInstallments(Integer installments) { this.installments = installments; }
    public Integer getGraceMonths() { return graceMonths; }
    public void setGraceMonths(Integer graceMonths) { this.graceMonths = graceMonths; }
    public LocalDate getDisbursementDate() { return disbursementDate; }
    public void setDisbursementDate(LocalDate disbursementDate) { this.disbursementDate = disbursementDate; }
    public LocalDate getFirstDueDate() { return firstDueDate; }
    public void setFirstDueDate(LocalDate firstDueDate) { this.firstDueDate = firstDueDate; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public List<PreviewLine> getSchedule() { return schedule; }
    public List<String> getRefusals() { return refusals; }
    public boolean isPreviewed() { return previewed; }
    public String getRuleSetVersion() { return ruleSetVersion; }
}
