package id.berdaya.domain.rules;

import java.util.List;
import java.util.Optional;

/** The stored versions of the rule sets and their activations. */
public interface RuleSetRepository {

    /** Every version of a rule set, newest first (files and test cases not loaded). */
    List<RuleSetRevision> versions(RuleSetKind kind);

    Optional<RuleSetRevision> find(RuleSetKind kind, int number);

    /** The version with its files and test cases loaded, for use after the transaction. */
    Optional<RuleSetRevision> findWithContent(RuleSetKind kind, int number);

    /** The version in force, with its files loaded. */
    Optional<RuleSetRevision> inForce(RuleSetKind kind);

    /** Which version of each rule set is in force, without its files (a cheap poll). */
    List<InForceMark> inForceMarks();

    /** The versions whose files have this content id (what a recorded decision names). */
    List<RuleSetRevision> withContentId(RuleSetKind kind, String contentId);

    int nextNumber(RuleSetKind kind);

    long count(RuleSetKind kind);

    void add(RuleSetRevision revision);

    void remove(RuleSetRevision revision);

    /** Writes pending changes now, so that a lost optimistic lock surfaces inside the service. */
    void flush();

    void add(RuleSetActivation activation);

    Optional<RuleSetActivation> findActivation(long id);

    /** A rule set's activations, newest first. */
    List<RuleSetActivation> activations(RuleSetKind kind);

    /** Every pending activation, earliest effective first. */
    List<RuleSetActivation> pendingActivations();
}
