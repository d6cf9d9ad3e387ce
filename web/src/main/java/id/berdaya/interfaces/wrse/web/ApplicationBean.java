package id.berdaya.interfaces.wrse.web;

import id.berdaya.interfaces.web.NikAccessLog;
import id.berdaya.application.wrse.WrseIntakeService;
import id.berdaya.application.wrse.WrseQueryService;
import id.berdaya.application.wrse.WrseWorkflowService;
import id.berdaya.domain.shared.NotFoundException;
import id.berdaya.domain.wrse.DocumentKind;
import id.berdaya.domain.wrse.ScreeningDecision;
import id.berdaya.domain.wrse.WrseApplication;
import id.berdaya.interfaces.web.CurrentUser;
import jakarta.faces.view.ViewScoped;
import id.berdaya.application.wrse.CircumstanceService;
import id.berdaya.application.wrse.Confidentiality;
import id.berdaya.domain.security.Role;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The record of one application (?id=): the decision in force with each criterion and its reason,
 * what documents are missing, every earlier decision, the history, and the steps the caller's role
 * may take in the current state. The form values for those steps live in {@link StepForm}.
 */
@Named
@ViewScoped
public class ApplicationBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "steps";

    @Inject
    private WrseQueryService queries;

    @Inject
    private WrseIntakeService intake;

    @Inject
    private WrseWorkflowService workflow;

    @Inject
    private CurrentUser user;

    @Inject
    private CircumstanceService circumstanceList;

    private transient Confidentiality confidentiality;

    @Inject
    private FacesErrors errors;

    private Long id;
    private final StepForm step = new StepForm();
    private transient WrseApplication application;
    private transient List<WrseApplication> applicantHistory;

    public WrseApplication getApplication() {
        if (id == null) {
            // No id, or one that is not a number: no record to show (the 404 page, PageErrorFilter).
            throw new NotFoundException("WRSE application", "?");
        }
        if (application == null) {
            application = queries.find(id);
            if (seesFullNik()) {
                NikAccessLog.viewed(user.getUsername(), "page", "wrse-application/" + id);
            }
        }
        return application;
    }

    public ScreeningDecision getLatestDecision() {
        List<ScreeningDecision> decisions = getApplication().getDecisions();
        return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    }

    /** Earlier decisions, newest first (the latest is shown on its own above them). */
    public List<ScreeningDecision> getEarlierDecisions() {
        List<ScreeningDecision> decisions = getApplication().getDecisions();
        List<ScreeningDecision> earlier = new java.util.ArrayList<>(decisions.subList(0, Math.max(0, decisions.size() - 1)));
        java.util.Collections.reverse(earlier);
        return earlier;
    }

    /** Her other applications, in this and other years, found by NIK. */
    public List<WrseApplication> getApplicantHistory() {
        if (applicantHistory == null) {
            applicantHistory = queries.applicantHistory(getApplication().getApplicant().getNikValue()).stream()
                    .filter(a -> !a.getId().equals(id)).toList();
        }
        return applicantHistory;
    }

    /** The full NIK for loan officers and supervisors; policy staff see it masked. */
    public String getNik() {
        var applicant = getApplication().getApplicant();
        return seesFullNik() ? applicant.getNikValue() : applicant.getMaskedNik();
    }

    public String getKkNumber() {
        String kk = getApplication().getApplicant().getKkNumber();
        return seesFullNik() ? kk : kk.substring(0, 6) + "******" + kk.substring(12);
    }

    /** The facts a decision judged, with the NIK and KK masked and confidential circumstances left out for roles that may not see them. */
    public String facts(ScreeningDecision decision) {
        String snapshot = decision.getInputSnapshot();
        if (seesFullNik()) {
            return snapshot;
        }
        String masked = snapshot.replaceAll("(\"(?:nik|kkNumber)\":\"\\d{4})\\d{8}(\\d{4}\")", "$1********$2");
        for (var hidden : confidentiality().hidden()) {
            masked = masked.replace(",\"" + hidden.code() + "\"", "").replace("\"" + hidden.code() + "\",", "")
                    .replace("\"" + hidden.code() + "\"", "");
        }
        return masked;
    }

    /** Her circumstances as the caller may see them (a confidential one only for loan officers and supervisors). */
    public java.util.List<String> getCircumstances() {
        return confidentiality().visible(getApplication().getCircumstances());
    }

    /** Whether a criterion or score line names a circumstance the caller may not see (shown neutrally then). */
    public boolean confidential(String code, String reasonId, String reasonEn) {
        return confidentiality().mentions(code, reasonId, reasonEn);
    }

    private Confidentiality confidentiality() {
        if (confidentiality == null) {
            confidentiality = circumstanceList.confidentiality(
                    user.hasRole(Role.Names.LOAN_OFFICER),
                    user.hasRole(Role.Names.SUPERVISOR));
        }
        return confidentiality;
    }

    private boolean seesFullNik() {
        return getCan().isSeeFullNik();
    }

    /** Which steps to offer the caller in the current state. */
    public StepAvailability getCan() {
        return new StepAvailability(getApplication(), user);
    }

    public void submit() {
        act("step.submitted", () -> intake.submit(id));
    }

    public void judge() {
        // The first of two supervisors overriding a failure only asks: say so instead of "saved".
        act(judged -> judged.overrideRequested() ? "step.overrideRequested" : "step.judged",
                () -> workflow.judge(id, step.getJudgement(), step.getJustification()));
    }

    public void propose() {
        act("step.proposed", () -> workflow.propose(id));
    }

    public void verify() {
        act("step.verified", () -> workflow.verify(id));
    }

    public void reject() {
        act("step.rejected", () -> workflow.reject(id, step.getReason()));
    }

    public void recordTraining() {
        act("step.trained", () -> workflow.recordTraining(id, step.getAttendedOn()));
    }

    public void deliverAid() {
        act("step.delivered", () -> workflow.deliverAid(id, step.items(), step.value(), step.getHandoverDate()));
    }

    public void toggleDocument(DocumentKind kind, boolean received) {
        act("step.document", () -> intake.markDocument(id, kind, received));
    }

    /** Stores the chosen scan; the service checks its size and that it really is a PDF, JPEG or PNG. */
    public void uploadScan() {
        if (step.getScan() == null || step.getScanKind() == null) {
            errors.show(new id.berdaya.domain.shared.InvalidInputException("scan", "choose a document and a file",
                    "pilih dokumen dan berkas"), FORM);
            return;
        }
        act("step.document", () -> intake.attachScan(id, step.getScanKind(), step.getScan().getFileName(),
                step.getScan().getContent()));
    }

    private void act(String doneKey, Supplier<WrseApplication> action) {
        act(done -> doneKey, action);
    }

    private void act(java.util.function.Function<WrseApplication, String> doneKey, Supplier<WrseApplication> action) {
        try {
            application = action.get();
            applicantHistory = null;
            step.clear();
            errors.info(doneKey.apply(application));
        } catch (RuntimeException e) {
            errors.show(e, FORM);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StepForm getStep() {
        return step;
    }
}
