package id.berdaya.interfaces.rulesets.web;

import id.berdaya.application.rules.RuleSetCatalog;
import id.berdaya.application.rules.RuleSetDrafts;
import id.berdaya.application.rules.RuleSetOverview;
import id.berdaya.domain.rules.RuleSetActivation;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRevision;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The rule-set list: each rule set with its version in force, and the chosen one's history. */
@Named
@ViewScoped
public class RuleSetsBean extends RuleSetPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private RuleSetCatalog catalog;

    @Inject
    private RuleSetDrafts drafts;

    private List<RuleSetOverview> overview;
    private List<RuleSetRevision> versions;
    private List<RuleSetActivation> history;
    private String newDraftReason;

    @Override
    public void load() {
        overview = catalog.overview();
        versions = catalog.versions(kind());
        history = catalog.history(kind());
    }

    /** A new draft from the version in force; opens it in the editor. */
    public String newDraft() {
        RuleSetRevision draft = attempt(() -> drafts.create(kind(), null, newDraftReason));
        if (draft == null) {
            return null;
        }
        texts.info("rs.draftCreated", draft.getNumber());
        texts.keepForRedirect();
        return VersionBean.outcome(kind(), draft.getNumber());
    }

    public List<RuleSetOverview> getOverview() {
        return overview;
    }

    public RuleSetOverview getSelected() {
        return overview.stream().filter(o -> o.kind() == kind()).findFirst().orElseThrow();
    }

    public List<RuleSetRevision> getVersions() {
        return versions;
    }

    public List<RuleSetActivation> getHistory() {
        return history;
    }

    public List<RuleSetKind> getKinds() {
        return List.of(RuleSetKind.values());
    }

    public String getNewDraftReason() {
        return newDraftReason;
    }

    public void setNewDraftReason(String newDraftReason) {
        this.newDraftReason = newDraftReason;
    }
}
