package id.berdaya.interfaces.rulesets.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON the rule-set API answers with. */
public final class RuleSetViews {

    private RuleSetViews() {
    }

    public record Name(String id, String en) {
    }

    public record RuleSetView(String id, String kind, String programme, Name name, VersionSummary inForce,
            String runningVersionId, List<ActivationView> pending, int versions, int drafts) {
    }

    public record VersionSummary(int number, String status, String versionId, Integer basedOn, String reason,
            String author, Instant createdAt, String editedBy, Instant updatedAt, String approvedBy, Instant approvedAt,
            String approvalNote, Instant effectiveAt, Instant inForceSince, Instant retiredAt, long lockVersion) {
    }

    public record FileView(String path, String content) {
    }

    public record TestCaseView(String name, JsonNode input, JsonNode expected) {
    }

    public record VersionView(String ruleSet, VersionSummary version, List<FileView> files, List<TestCaseView> testCases) {
    }

    public record ActivationView(long id, String type, int version, String versionId, String requestedBy,
            Instant requestedAt, Instant effectiveAt, String reason, String status, Instant doneAt, Integer replacedVersion,
            Long compileMillis, Long lagMillis, String failure, String approvedBy, Instant approvedAt) {
    }

    public record ErrorView(String file, int line, int column, String message) {
    }

    public record ValidationView(int version, boolean valid, String versionId, long compileMillis, List<ErrorView> errors) {
    }

    public record TestResultView(String name, boolean passed, List<String> differences, JsonNode actual) {
    }

    public record TestRunView(int version, boolean compiles, List<ErrorView> errors, int passed, int failed,
            List<TestResultView> results) {
    }

    public record ImpactChangeView(String reference, String label, LocalDate date, String before, String after,
            boolean decisionChanged, List<String> differences) {
    }

    public record ImpactView(int version, String draftVersionId, String inForceVersionId, LocalDate from, LocalDate to,
            boolean available, String unavailableReason, int evaluated, int decisionsChanged, int detailsChanged,
            boolean truncated, Map<String, Integer> transitions, List<ImpactChangeView> changes) {
    }

    public record DiffLineView(String op, int oldLine, int newLine, String text) {
    }

    public record FileDiffView(String path, String change, List<DiffLineView> lines) {
    }

    public record TestCaseChangeView(String name, String change) {
    }

    public record DiffView(String ruleSet, int from, int to, List<FileDiffView> files, List<TestCaseChangeView> testCases) {
    }
}
