package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleSetKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A draft evaluated side by side with the version in force over the stored cases of a period: how
 * many decisions it would change and which, and how many cases change only in detail (a criterion's
 * outcome, the priority score) while the decision stays.
 */
public record ImpactReport(RuleSetKind kind, int number, String draftVersionId, String inForceVersionId,
        LocalDate from, LocalDate to, String unavailableReason, int evaluated, int decisionsChanged,
        int detailsChanged, boolean truncated, Map<String, Integer> transitions, List<Change> changes) {

    /** One case whose outcome changes: before (in force) and after (draft), and what differs. */
    public record Change(String reference, String label, LocalDate date, String before, String after,
            boolean decisionChanged, List<String> differences) {
    }

    public boolean isAvailable() {
        return unavailableReason == null;
    }
}
