package id.berdaya.domain.wrse;

import id.berdaya.domain.shared.StateConflictException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Separation of duties in the WRSE workflow, as data: who may not take a step, and which documents
 * a step needs. A step is refused to anyone who took one of its excluded steps since the application
 * was last screened; the documents a step needs must all have been received.
 */
public final class DutySeparation {

    /** A step and the earlier steps whose taker may not also take it. */
    record Rule(ApplicationAction step, Set<ApplicationAction> excludedTakers, String whyEn, String whyId) {
    }

    static final List<Rule> RULES = List.of(
            new Rule(ApplicationAction.VERIFIED, EnumSet.of(ApplicationAction.REVIEW_RESOLVED, ApplicationAction.OVERRIDE_REQUESTED,
                    ApplicationAction.DECISION_OVERRIDDEN, ApplicationAction.PROPOSED),
                    "the province's verification must come from someone other than who judged or proposed the application",
                    "verifikasi provinsi harus dilakukan orang lain selain yang menilai atau mengusulkan permohonan"),
            new Rule(ApplicationAction.REJECTED, EnumSet.of(ApplicationAction.REVIEW_RESOLVED, ApplicationAction.OVERRIDE_REQUESTED,
                    ApplicationAction.DECISION_OVERRIDDEN, ApplicationAction.PROPOSED),
                    "the province's rejection must come from someone other than who judged or proposed the application",
                    "penolakan provinsi harus dilakukan orang lain selain yang menilai atau mengusulkan permohonan"),
            new Rule(ApplicationAction.DECISION_OVERRIDDEN, EnumSet.of(ApplicationAction.OVERRIDE_REQUESTED),
                    "overriding a failed criterion needs a second supervisor: the one who asked for the override cannot confirm it",
                    "mengubah keputusan TIDAK LAYAK memerlukan penyelia kedua: yang mengusulkan perubahan tidak dapat menyetujuinya"));

    /** The documents a step needs, by step. */
    static final Map<ApplicationAction, Set<DocumentKind>> REQUIRED_DOCUMENTS = Map.of(
            ApplicationAction.VERIFIED, EnumSet.allOf(DocumentKind.class));

    private DutySeparation() {
    }

    /** Refuses the step if {@code by} took an excluded step since the latest screening in {@code history}. */
    static void check(ApplicationAction step, String by, List<StatusChange> history, Long applicationId) {
        int since = 0;
        for (int i = 0; i < history.size(); i++) {
            ApplicationAction action = history.get(i).getAction();
            if (action == ApplicationAction.SUBMITTED || action == ApplicationAction.RESCREENED) {
                since = i;
            }
        }
        List<StatusChange> current = history.subList(since, history.size());
        for (Rule rule : RULES) {
            if (rule.step() == step && current.stream()
                    .anyMatch(c -> rule.excludedTakers().contains(c.getAction()) && by.equals(c.getChangedBy()))) {
                throw new StateConflictException("Application " + applicationId + ": " + rule.whyEn(),
                        "Permohonan " + applicationId + ": " + rule.whyId());
            }
        }
    }

    /** Refuses the step, listing them, if documents it needs are missing. */
    static void requireDocuments(ApplicationAction step, List<DocumentKind> missing, Long applicationId) {
        List<DocumentKind> lacking = missing.stream()
                .filter(kind -> REQUIRED_DOCUMENTS.getOrDefault(step, Set.of()).contains(kind)).sorted().toList();
        if (!lacking.isEmpty()) {
            throw new MissingDocumentsException(applicationId, lacking);
        }
    }
}
