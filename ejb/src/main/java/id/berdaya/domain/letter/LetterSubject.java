package id.berdaya.domain.letter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a letter is about: its type, the record it concerns (an application, a loan, a regency and
 * year), for documents of a date such as statements that date, and for letters of a sequence (warnings)
 * which one of it ({@code qualifier}, e.g. the arrears event and level "2026-09-01:SP-2"). One subject
 * has one letter: printing it again gives the same number.
 */
public record LetterSubject(LetterType type, String recordId, LocalDate asOf, String qualifier) {

    public LetterSubject {
        Objects.requireNonNull(type, "type");
        if (recordId == null || recordId.isBlank() || recordId.length() > 80) {
            throw new IllegalArgumentException("A letter subject needs a record id of 1 to 80 characters");
        }
    }

    public LetterSubject(LetterType type, String recordId, LocalDate asOf) {
        this(type, recordId, asOf, null);
    }

    public static LetterSubject of(LetterType type, Object recordId) {
        return new LetterSubject(type, String.valueOf(recordId), null);
    }

    public static LetterSubject asOf(LetterType type, Object recordId, LocalDate date) {
        return new LetterSubject(type, String.valueOf(recordId), Objects.requireNonNull(date, "date"));
    }

    /** Warning {@code level} of a loan's arrears that began on {@code since}, as of {@code asOf}: one per level and event. */
    public static LetterSubject warning(Object loanId, LocalDate since, int level, LocalDate asOf) {
        return new LetterSubject(LetterType.KUBP_WARNING_LETTER, String.valueOf(loanId), Objects.requireNonNull(asOf),
                Objects.requireNonNull(since, "since") + ":SP-" + level);
    }

    /**
     * The register's unique key: "KUBP_REPAYMENT_STATEMENT:42:2026-11-22"; with a qualifier the as-of
     * date is left out ("KUBP_WARNING_LETTER:42:2026-09-01:SP-1"), so one warning per level and event.
     */
    public String key() {
        if (qualifier != null) {
            return type.name() + ":" + recordId + ":" + qualifier;
        }
        return type.name() + ":" + recordId + (asOf == null ? "" : ":" + asOf);
    }
}
