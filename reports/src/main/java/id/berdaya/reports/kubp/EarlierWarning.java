package id.berdaya.reports.kubp;

import java.time.LocalDate;

/** The warning an SP-2 or SP-3 cites: its number and date. */
public record EarlierWarning(String number, LocalDate date) {
}
