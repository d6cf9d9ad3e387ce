/**
 * The KUBP pages (under {@code /kubp/}): finding a loan, a loan's page with its schedule, ledger
 * and the actions of each role, and the portfolio per district. Tables read small getter classes,
 * since EL cannot read records' accessors; texts come from the kubp bundle.
 */
package id.berdaya.interfaces.kubp.web;
