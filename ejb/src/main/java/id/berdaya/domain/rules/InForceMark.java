package id.berdaya.domain.rules;

import java.time.Instant;

/**
 * Which stored version of a rule set is in force and since when: a two-row read that every node
 * polls to learn that another node approved or rolled back a version.
 */
public record InForceMark(RuleSetKind kind, long versionRowId, String contentId, Instant inForceSince) {
}
