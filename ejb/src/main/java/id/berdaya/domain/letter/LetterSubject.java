package id.berdaya.domain.letter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a letter is about: its type, the record it concerns (an application, a loan, a regency and
 * year) and, for documents of a date such as statements, that date. One subject has one letter:
 * printing it again gives the same number.
 */
public record LetterSubject(LetterType type, String recordId, LocalDate asOf) {

    public LetterSubject {
        Objects.requireNonNull(type, "type");
        if (recordId == null || recordId.isBlank() || recordId.length() > 80) {
            throw new IllegalArgumentException("A letter subject needs a record id of 1 to 80 characters");
        }
    }

    public static LetterSubject of(LetterType type, Object recordId) {
        return new LetterSubject(type, String.valueOf(recordId), null);
    }

    public static LetterSubject asOf(LetterType type, Object recordId, LocalDate date) {
        return new LetterSubject(type, String.valueOf(recordId), Objects.requireNonNull(date, "date"));
    }

    /** The register's unique key: "KUBP_REPAYMENT_STATEMENT:42:2026-11-22". */
    public String key() {
        return type.name() + ":" + recordId + (asOf == null ? "" : ":" + asOf);
    }
}
