package id.berdaya.application.rules;

import id.berdaya.domain.rules.RuleSetActivation;
import id.berdaya.domain.rules.RuleSetKind;
import id.berdaya.domain.rules.RuleSetRevision;
import java.util.List;

/**
 * A rule set at a glance: its name, its stored version in force, the compiled version the engine is running
 * (the same content id, unless the stored one failed to compile at start), what waits to go into
 * force, and how many versions and drafts there are.
 */
public record RuleSetOverview(RuleSetKind kind, String nameIndonesian, String nameEnglish, RuleSetRevision inForce,
        String runningVersionId, List<RuleSetActivation> pending, int versions, int drafts) {
}
