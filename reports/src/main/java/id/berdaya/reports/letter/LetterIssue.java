package id.berdaya.reports.letter;

import id.berdaya.reports.IndonesianFormat;
import java.time.LocalDate;

/**
 * A letter's identity as the register issued it: its number ("400.9/0007/DINSOS/2026"), the date it
 * bears, and the public URL where anyone can check it (held by the QR code).
 */
public record LetterIssue(String number, LocalDate date, String verificationUrl, Long letterId) {

    /** A letter not (yet) in a register, as in tests and previews. */
    public LetterIssue(String number, LocalDate date, String verificationUrl) {
        this(number, date, verificationUrl, null);
    }

    /** "Samarinda, 22 November 2026". */
    public String placeAndDate(Letterhead letterhead) {
        return letterhead.place() + ", " + IndonesianFormat.longDate(date);
    }
}
