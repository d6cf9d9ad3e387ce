package id.berdaya.domain.letter;

import java.util.Optional;

public interface LetterRepository {

    Optional<Letter> findBySubject(LetterSubject subject);

    Optional<Letter> findByVerificationCode(String code);

    /**
     * Locks the series of a letter type until the transaction ends, so that only one transaction at
     * a time numbers letters of that type.
     */
    void lockSeries(LetterType type);

    /** The highest sequence issued for the type in the year, 0 if none. Call under {@link #lockSeries}. */
    int lastSequence(LetterType type, int year);

    void add(Letter letter);

    /** The warnings issued for a loan's arrears that began on {@code since}, lowest level first. */
    java.util.List<Letter> warnings(String loanId, java.time.LocalDate since);

    /** The PDF first issued for the letter, if stored. */
    Optional<ArchivedPdf> archivedPdf(long letterId);

    /** Stores the letter's PDF unless one is stored already; returns the one stored. */
    ArchivedPdf archive(long letterId, byte[] pdf);
}
