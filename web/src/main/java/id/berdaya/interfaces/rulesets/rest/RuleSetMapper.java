package id.berdaya.interfaces.rulesets.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import id.berdaya.application.rules.ImpactReport;
import id.berdaya.application.rules.RuleSetOverview;
import id.berdaya.application.rules.RuleSetVerification;
import id.berdaya.domain.rules.RuleFile;
import id.berdaya.domain.rules.RuleSetActivation;
import id.berdaya.domain.rules.RuleSetDiff;
import id.berdaya.domain.rules.RuleSetRevision;
import id.berdaya.domain.rules.TestCase;
import id.berdaya.interfaces.rulesets.rest.RuleSetViews.ActivationView;
import id.berdaya.interfaces.rulesets.rest.RuleSetViews.ErrorView;
import id.berdaya.interfaces.rulesets.rest.RuleSetViews.Name;
import id.berdaya.interfaces.rulesets.rest.RuleSetViews.VersionSummary;
import id.berdaya.rules.RuleCompilationError;
import java.util.List;

/** Domain objects into the API's JSON views. */
final class RuleSetMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleSetMapper() {
    }

    static RuleSetViews.RuleSetView ruleSet(RuleSetOverview o) {
        return new RuleSetViews.RuleSetView(o.kind().slug(), o.kind().name(), o.kind().programme(),
                new Name(o.nameIndonesian(), o.nameEnglish()),
                o.inForce() == null ? null : summary(o.inForce()), o.runningVersionId(),
                o.pending().stream().map(RuleSetMapper::activation).toList(), o.versions(), o.drafts());
    }

    static VersionSummary summary(RuleSetRevision v) {
        return new VersionSummary(v.getNumber(), v.getStatus().name(), v.getContentId(), v.getBasedOn(), v.getReason(),
                v.getAuthor(), v.getCreatedAt(), v.getEditedBy(), v.getUpdatedAt(), v.getApprovedBy(), v.getApprovedAt(),
                v.getApprovalNote(), v.getEffectiveAt(), v.getInForceSince(), v.getRetiredAt(), v.getLockVersion());
    }

    static RuleSetViews.VersionView version(RuleSetRevision v) {
        return new RuleSetViews.VersionView(v.getKind().slug(), summary(v),
                v.getFiles().stream().map(f -> new RuleSetViews.FileView(f.getPath(), f.getContent())).toList(),
                v.getTestCases().stream().map(c -> new RuleSetViews.TestCaseView(c.getName(), json(c.getInput()),
                        json(c.getExpected()))).toList());
    }

    static ActivationView activation(RuleSetActivation a) {
        return new ActivationView(a.getId(), a.getType().name(), a.getRevision().getNumber(), a.getRevision().getContentId(),
                a.getRequestedBy(), a.getRequestedAt(), a.getEffectiveAt(), a.getReason(), a.getStatus().name(),
                a.getDoneAt(), a.getReplacedNumber(), a.getCompileMillis(), a.getLagMillis(), a.getFailure(),
                a.getApprovedBy(), a.getApprovedAt());
    }

    static List<ErrorView> errors(List<RuleCompilationError> errors) {
        return errors.stream().map(e -> new ErrorView(e.getSourcePath(), e.getLine(), e.getColumn(), e.getMessage())).toList();
    }

    static RuleSetViews.ValidationView validation(int number, RuleSetVerification v) {
        return new RuleSetViews.ValidationView(number, v.compiles(), v.compiles() ? v.compiled().versionId() : null,
                v.compileMillis(), errors(v.errors()));
    }

    static RuleSetViews.TestRunView testRun(int number, RuleSetVerification v) {
        int passed = (int) v.passedCount();
        return new RuleSetViews.TestRunView(number, v.compiles(), errors(v.errors()), passed, v.results().size() - passed,
                v.results().stream().map(r -> new RuleSetViews.TestResultView(r.getName(), r.isPassed(), r.getDifferences(),
                        r.getActual() == null ? null : json(r.getActual()))).toList());
    }

    static RuleSetViews.ImpactView impact(ImpactReport r) {
        return new RuleSetViews.ImpactView(r.number(), r.draftVersionId(), r.inForceVersionId(), r.from(), r.to(),
                r.isAvailable(), r.unavailableReason(), r.evaluated(), r.decisionsChanged(), r.detailsChanged(),
                r.truncated(), r.transitions(), r.changes().stream().map(c -> new RuleSetViews.ImpactChangeView(
                        c.reference(), c.label(), c.date(), c.before(), c.after(), c.decisionChanged(), c.differences()))
                        .toList());
    }

    static RuleSetViews.DiffView diff(RuleSetDiff d) {
        return new RuleSetViews.DiffView(d.kind().slug(), d.fromNumber(), d.toNumber(),
                d.files().stream().map(f -> new RuleSetViews.FileDiffView(f.path(), f.change().name(),
                        f.lines().stream().map(l -> new RuleSetViews.DiffLineView(l.op().name(), l.oldLine(), l.newLine(),
                                l.text())).toList())).toList(),
                d.testCases().stream().map(c -> new RuleSetViews.TestCaseChangeView(c.name(), c.change().name())).toList());
    }

    static List<RuleFile> files(List<RuleSetRequests.DraftFile> files) {
        return files.stream().map(f -> new RuleFile(f.path(), f.content())).toList();
    }

    static List<TestCase> testCases(List<RuleSetRequests.DraftTestCase> testCases) {
        return testCases.stream().map(c -> new TestCase(c.name(), c.input().toString(), c.expected().toString())).toList();
    }

    /** Stored JSON back as JSON; text that is not JSON (never stored, but be safe) as a string. */
    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(text);
        }
    }
}
