/**
 * WRSE aid applications (Wanita Rawan Sosial Ekonomi): the {@link id.berdaya.domain.wrse.WrseApplication}
 * aggregate with its applicant, screening decisions, status history and document checklist; the
 * yearly quota per regency and the ranking of eligible applicants against it. The aggregate moves
 * through its states only by its own methods, which refuse illegal transitions and record who
 * moved it and when. Eligibility itself is decided by the rules module; this package keeps what
 * the rules decided, with the facts they saw, so a past decision can be shown exactly as made.
 */
package id.berdaya.domain.wrse;
