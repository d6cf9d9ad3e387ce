/**
 * Rule sets edited in the running application (issue 11): policy staff draft a version
 * ({@link id.berdaya.application.rules.RuleSetDrafts}), check it — compile, test cases, impact on
 * stored cases ({@link id.berdaya.application.rules.RuleSetChecks}) — and a second person approves
 * it or rolls back to an earlier version ({@link id.berdaya.application.rules.RuleSetPublication}).
 * The {@link id.berdaya.application.rules.RuleSetActivator} puts versions into force when their
 * time comes, swapping the compiled rules in the running engine only after the database committed.
 */
package id.berdaya.application.rules;
