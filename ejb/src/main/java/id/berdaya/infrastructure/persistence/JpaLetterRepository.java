package id.berdaya.infrastructure.persistence;

import id.berdaya.domain.letter.Letter;
import id.berdaya.domain.letter.LetterRepository;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.domain.letter.LetterType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaLetterRepository implements LetterRepository {

    /** Wait up to this long for another issuer of the same type (ms); issuing takes milliseconds. */
    private static final int LOCK_TIMEOUT_MS = 30_000;

    @PersistenceContext(unitName = "berdaya")
    private EntityManager em;

    @Override
    public Optional<Letter> findBySubject(LetterSubject subject) {
        return em.createQuery("select l from Letter l where l.subjectKey = :key", Letter.class)
                .setParameter("key", subject.key())
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Letter> findByVerificationCode(String code) {
        return em.createQuery("select l from Letter l where l.verificationCode = :code", Letter.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void lockSeries(LetterType type) {
        LetterSeriesRow row = em.find(LetterSeriesRow.class, type.name(), LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS));
        if (row == null) {
            throw new IllegalStateException("Letter series " + type + " is missing from letter_series (migration V6)");
        }
    }

    @Override
    public int lastSequence(LetterType type, int year) {
        Integer last = em.createQuery("select max(l.sequence) from Letter l where l.type = :type and l.year = :year",
                        Integer.class)
                .setParameter("type", type)
                .setParameter("year", year)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public void add(Letter letter) {
        em.persist(letter);
        // Flush now: a constraint violation must surface here, inside the issuer's transaction.
        em.flush();
    }
}
