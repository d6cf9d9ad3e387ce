package id.berdaya.reports.kubp;

import java.time.LocalDate;

/** A loan written off ("dihapusbukukan") on a date, with the principal left unpaid then. */
public record WriteOff(LocalDate on, long amount) {
}
