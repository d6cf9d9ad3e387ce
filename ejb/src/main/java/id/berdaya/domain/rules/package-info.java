/**
 * Rule sets as stored data: every version of a rule set ({@link id.berdaya.domain.rules.RuleSetRevision})
 * with its rule files and test cases, who wrote and approved it and why, and the activations that
 * put versions into force ({@link id.berdaya.domain.rules.RuleSetActivation}). The version guards its
 * own lifecycle: edited only as a draft under its lock version, approved only by a second person at
 * a time not in the past, then in force and retired. Diffs between versions are pure functions here.
 */
package id.berdaya.domain.rules;
