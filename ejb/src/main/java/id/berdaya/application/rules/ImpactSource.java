package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleSetKind;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the impact of a draft is measured: the stored input facts of real cases of a period (WRSE
 * applications as they were screened, KUBP loan requests as they were judged). One implementation
 * per rule set; the programmes' own modules own the storage, this port only reads it.
 */
public interface ImpactSource {

    RuleSetKind kind();

    /** Null when stored cases can be read; otherwise why they cannot (shown to the user). */
    String unavailableReason();

    /**
     * The cases dated within the period (inclusive), oldest first, at most {@code limit} of them.
     * {@link ImpactCase#facts()} is the rules' fact type: a WrseApplicant or a KubpLoanRequest.
     */
    List<ImpactCase> cases(LocalDate from, LocalDate to, int limit);

    /** One stored case: how to refer to it, a label for people, its date, and its input facts. */
    record ImpactCase(String reference, String label, LocalDate date, Object facts) {
    }
}
