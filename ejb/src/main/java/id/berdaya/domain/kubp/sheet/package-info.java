/**
 * Collection sheets for group meetings: what each group owes on the meeting date, and what was
 * collected, posted row by row through the loans' own repayment rules. Domain layer: entities and
 * the repository port only; no transactions, no HTTP.
 */
package id.berdaya.domain.kubp.sheet;
