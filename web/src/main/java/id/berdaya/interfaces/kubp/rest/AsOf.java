package id.berdaya.interfaces.kubp.rest;

import id.berdaya.application.kubp.KubpCalendar;
import id.berdaya.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The ?asOf= query parameter: an ISO date, today (WITA) when absent. */
final class AsOf {

    private AsOf() {
    }

    static LocalDate parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return KubpCalendar.today();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("asOf", "'" + asOf + "' is not a date in the form YYYY-MM-DD",
                    "'" + asOf + "' bukan tanggal berformat YYYY-MM-DD");
        }
    }
}
