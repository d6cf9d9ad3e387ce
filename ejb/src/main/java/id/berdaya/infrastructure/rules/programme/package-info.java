/**
 * One descriptor per programme whose rules the application runs (WRSE eligibility, KUBP loan terms):
 * its rule folder and shipped files, parameter schema and authoring palette, evaluator, test-case
 * runner, impact outcome and name. The rule engine adapter, the rule-set services and the pages ask
 * the descriptor rather than testing which programme they have.
 */
package id.berdaya.infrastructure.rules.programme;
