package id.berdaya.interfaces.rulesets.web;

import id.berdaya.application.rules.RuleSetCatalog;
import id.berdaya.domain.rules.RuleSetDiff;
import id.berdaya.domain.rules.RuleSetRevision;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Two versions of a rule set side by side: each changed file's lines, and the test cases by name. */
@Named
@ViewScoped
public class DiffBean extends RuleSetPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private RuleSetCatalog catalog;

    private Integer from;
    private Integer to;
    private boolean showUnchanged;
    private List<RuleSetRevision> versions;
    private RuleSetDiff diff;

    @Override
    protected void fromUrl() {
        from = intParam("from") == 0 ? null : intParam("from");
        to = intParam("to") == 0 ? null : intParam("to");
    }

    @Override
    public void load() {
        versions = catalog.versions(kind());
        if (to == null && !versions.isEmpty()) {
            to = versions.get(0).getNumber();
        }
        if (from == null && to != null) {
            RuleSetRevision target = catalog.version(kind(), to);
            from = target.getBasedOn() != null ? target.getBasedOn() : Math.max(1, to - 1);
        }
        compare();
    }

    public void compare() {
        diff = from == null || to == null ? null : attempt(() -> catalog.diff(kind(), from, to));
    }

    public List<RuleSetDiff.FileChange> getFiles() {
        return diff == null ? List.of() : diff.files().stream()
                .filter(f -> showUnchanged || f.change() != RuleSetDiff.Change.UNCHANGED).toList();
    }

    public List<RuleSetDiff.TestCaseChange> getTestCases() {
        return diff == null ? List.of() : diff.testCases().stream()
                .filter(c -> showUnchanged || c.change() != RuleSetDiff.Change.UNCHANGED).toList();
    }

    public List<RuleSetRevision> getVersions() {
        return versions;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public boolean isShowUnchanged() {
        return showUnchanged;
    }

    public void setShowUnchanged(boolean showUnchanged) {
        this.showUnchanged = showUnchanged;
    }
}
