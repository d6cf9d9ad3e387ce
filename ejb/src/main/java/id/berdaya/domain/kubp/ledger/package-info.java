/**
 * KUBP loan ledger arithmetic: which payments count on a date, how they are allocated to a
 * schedule, and what follows from that on any as-of date (paid, outstanding, arrears, days past
 * due, aging bucket) and across a portfolio (PAR30, PAR90). Pure Java, like the schedule package
 * it reads: the application layer loads entries and schedules, this package only computes.
 */
package id.berdaya.domain.kubp.ledger;
