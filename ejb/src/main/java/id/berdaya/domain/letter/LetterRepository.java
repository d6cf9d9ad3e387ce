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
}
