package id.berdaya.interfaces.rulesets.web;

import id.berdaya.application.rules.RuleSetCatalog;
import id.berdaya.application.rules.ImpactReport;
import id.berdaya.application.rules.RuleAuthoring;
import id.berdaya.application.rules.RuleSetChecks;
import id.berdaya.application.rules.RuleSetOverview;
import id.berdaya.application.rules.RuleSetPublication;
import id.berdaya.application.rules.RuleSetVerification;
import id.berdaya.domain.rules.RuleSetActivation;
import id.berdaya.domain.rules.RuleSetRevision;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Approving a draft: the approver sees what changes against the version in force in rows and values,
 * how the test cases went (run afresh on opening) and the impact on this year's stored decisions,
 * then approves with an effective date-time, or not at all if she wrote the draft.
 */
@Named
@ViewScoped
public class ApprovalBean extends RuleSetPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private RuleSetChecks checks;

    @Inject
    private RuleAuthoring authoring;

    @Inject
    private RuleSetPublication publication;

    @Inject
    private SecurityContext security;

    private int number;
    private RuleSetRevision draft;
    private RuleSetOverview overview;
    private RuleSetVerification verification;
    private LocalDateTime effectiveAt;
    private String note;
    private RuleSetActivation activation;
    private List<RuleAuthoring.ModelChange> modelChanges = List.of();
    private ImpactReport impact;

    @Override
    protected void fromUrl() {
        number = intParam("number");
    }

    @Override
    public void load() {
        draft = catalog.version(kind(), number);
        overview = catalog.overview(kind());
        verification = checks.runTests(kind(), number);
        modelChanges = authoring.diff(kind(), number);
        LocalDate today = LocalDate.now(RuleSetFormat.WITA);
        impact = draft.isDraft() ? checks.impact(kind(), number, today.withDayOfYear(1), today) : null;
    }

    /** What changes against the version in force, in rows and values (a parameter, a criterion's argument, a text). */
    public List<RuleAuthoring.ModelChange> getModelChanges() {
        return modelChanges;
    }

    /** The stored decisions of this year that the draft would change. */
    public ImpactReport getImpact() {
        return impact;
    }

    public String approve() {
        activation = attempt(() -> publication.approve(kind(), number, draft.getLockVersion(),
                RuleSetFormat.instant(effectiveAt), note));
        if (activation == null) {
            return null;
        }
        texts.info(activation.getStatus() == RuleSetActivation.Status.DONE ? "rs.approvedInForce" : "rs.approvedPending",
                number, new RuleSetFormat().time(activation.getEffectiveAt()));
        texts.keepForRedirect();
        return "/rulesets/index?faces-redirect=true&ruleSet=" + kind().slug();
    }

    public boolean isOwnDraft() {
        return security.getCallerPrincipal() != null && draft.getAuthor().equals(security.getCallerPrincipal().getName());
    }

    public int getNumber() {
        return number;
    }

    public void setNumber(int number) {
        this.number = number;
    }

    public RuleSetRevision getDraft() {
        return draft;
    }

    public RuleSetOverview getOverview() {
        return overview;
    }

    public RuleSetVerification getVerification() {
        return verification;
    }

    public LocalDateTime getEffectiveAt() {
        return effectiveAt;
    }

    public void setEffectiveAt(LocalDateTime effectiveAt) {
        this.effectiveAt = effectiveAt;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
