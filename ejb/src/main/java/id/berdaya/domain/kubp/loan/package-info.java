/**
 * KUBP loans: the {@link id.berdaya.domain.kubp.loan.Loan} aggregate, its lifecycle and its
 * append-only ledger (repayments and reversals). Balances are never stored; they come from the
 * pure arithmetic in the schedule and ledger packages, for any date. The fact the KUBP rules
 * judge is built here ({@link id.berdaya.domain.kubp.loan.KubpLoanRequests}); the rules run in
 * the infrastructure's rule engine.
 */
package id.berdaya.domain.kubp.loan;
