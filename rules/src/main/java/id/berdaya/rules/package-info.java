/**
 * The rule engine's plumbing, shared by every programme: compile DRL sources into a KieBase
 * ({@link id.berdaya.rules.RuleSetCompiler}, errors located for a rule editor), load the shipped
 * defaults ({@link id.berdaya.rules.DefaultRuleSets}), run a KieBase over facts
 * ({@link id.berdaya.rules.RuleRunner}), and the result types rules insert
 * ({@link id.berdaya.rules.CriterionResult}, {@link id.berdaya.rules.ScoreComponent}).
 * <p>
 * Rules are data: reasons live in the DRL files and programme parameters in each rule set's parameter
 * table (a CSV decision table, {@link id.berdaya.rules.table.ParameterTable}, read by the rules as
 * {@link id.berdaya.rules.ProgrammeParameters}), never in Java. Java here only builds KieBases,
 * inserts facts and reads results. Test cases of a rule set run through
 * {@link id.berdaya.rules.testing}. No container dependencies.
 */
package id.berdaya.rules;
