/**
 * KUBP use cases, one thin {@code @Stateless} service per responsibility and role: groups and
 * applications (loan officers), decisions (supervisors), money (finance staff), reading and the
 * portfolio (every member of staff). Services load, call the aggregate, store and log; writes to a
 * loan's ledger lock the loan first.
 */
package id.berdaya.application.kubp;
