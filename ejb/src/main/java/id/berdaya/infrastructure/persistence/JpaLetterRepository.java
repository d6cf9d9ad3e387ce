package id.berdaya.infrastructure.persistence;

import id.berdaya.domain.letter.ArchivedPdf;
import id.berdaya.domain.letter.Letter;
import id.berdaya.domain.letter.LetterRepository;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.domain.letter.LetterType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
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

    @Override
    public List<Letter> warnings(String loanId, LocalDate since) {
        return em.createQuery("select l from Letter l where l.type = :type and l.subjectId = :loan"
                        + " and l.arrearsSince = :since order by l.warningLevel", Letter.class)
                .setParameter("type", LetterType.KUBP_WARNING_LETTER)
                .setParameter("loan", loanId)
                .setParameter("since", since)
                .getResultList();
    }

    @Override
    public Optional<ArchivedPdf> archivedPdf(long letterId) {
        return Optional.ofNullable(em.find(LetterPdfRow.class, letterId))
                .map(row -> new ArchivedPdf(row.content(), row.sha256()));
    }

    @Override
    public ArchivedPdf archive(long letterId, byte[] pdf) {
        // The letter row is locked first: two first fetches of one letter store one PDF, not two.
        em.find(Letter.class, letterId, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", LOCK_TIMEOUT_MS));
        Optional<ArchivedPdf> stored = archivedPdf(letterId);
        if (stored.isPresent()) {
            return stored.get();
        }
        ArchivedPdf archived = ArchivedPdf.of(pdf);
        em.persist(new LetterPdfRow(letterId, archived.content(), archived.sha256()));
        em.flush();
        return archived;
    }
}
