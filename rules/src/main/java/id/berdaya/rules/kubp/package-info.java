/**
 * KUBP group-loan terms: the {@link id.berdaya.rules.kubp.KubpLoanRequest} fact and the
 * {@link id.berdaya.rules.kubp.KubpTermsEvaluator} that reports the terms in force and every term
 * a request breaks. The default terms are DRL under {@code src/main/resources/id/berdaya/rules/kubp}.
 */
package id.berdaya.rules.kubp;
