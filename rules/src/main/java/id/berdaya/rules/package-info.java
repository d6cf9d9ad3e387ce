/**
 * The rule engine's plumbing, shared by every programme: compile DRL sources into a KieBase
 * ({@link id.berdaya.rules.RuleSetCompiler}, errors located for a rule editor), load the shipped
 * defaults ({@link id.berdaya.rules.DefaultRuleSets}), run a KieBase over facts
 * ({@link id.berdaya.rules.RuleRunner}), and the result types rules insert
 * ({@link id.berdaya.rules.CriterionResult}, {@link id.berdaya.rules.ScoreComponent}).
 * <p>
 * Rules are data: programme parameters and reasons live in the DRL files, never in Java. Java here
 * only builds KieBases, inserts facts and reads results. No container dependencies.
 */
package id.berdaya.rules;
