package id.berdaya.application.letter;

import id.berdaya.domain.letter.ArchivedPdf;
import id.berdaya.domain.letter.Letter;
import id.berdaya.domain.letter.LetterRepository;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.domain.letter.VerificationCode;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Issues letter numbers, keeps each letter's PDF as first issued, and answers the public
 * verification of a letter.
 *
 * <p>{@link #issue} joins the caller's transaction: the report services call it for the document
 * they are printing (they check the roles), and if printing fails the number goes back with the
 * rollback, so the series stays without gaps. A subject already issued gets its letter back.
 */
@Stateless
@PermitAll
public class LetterRegister {

    /** Letters bear the date in East Kalimantan (WITA, UTC+8), also across New Year's Eve. */
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    private static final Logger LOG = Logger.getLogger(LetterRegister.class.getName());

    @Inject
    private LetterRepository letters;

    @Resource
    private SessionContext session;

    /** The letter for this subject, dated today when it is new. */
    public Letter issue(LetterSubject subject, String addresseeName) {
        return issue(subject, addresseeName, LocalDate.now(WITA));
    }

    /**
     * The letter for this subject: the one issued before, or the next number of its series, dated
     * {@code datedOn} (the day of the event the letter records).
     */
    public Letter issue(LetterSubject subject, String addresseeName, LocalDate datedOn) {
        return issue(subject, addresseeName, datedOn, letter -> { });
    }

    /** As {@link #issue(LetterSubject, String, LocalDate)}; {@code completion} marks a new letter before it is stored. */
    public Letter issue(LetterSubject subject, String addresseeName, LocalDate datedOn, Consumer<Letter> completion) {
        Optional<Letter> issued = letters.findBySubject(subject);
        if (issued.isPresent()) {
            return issued.get();
        }
        letters.lockSeries(subject.type());
        // Whoever held the lock before us may have issued this very subject.
        issued = letters.findBySubject(subject);
        if (issued.isPresent()) {
            return issued.get();
        }
        LocalDate today = LocalDate.now(WITA);
        Letter letter = new Letter(subject, letters.lastSequence(subject.type(), datedOn.getYear()) + 1, datedOn, today,
                addresseeName, issuer());
        completion.accept(letter);
        letters.add(letter);
        LOG.info(() -> "Letter " + letter.getNumber() + " issued for " + subject.key() + " by " + letter.getIssuedBy());
        return letter;
    }

    /** The warnings already issued for the loan's arrears that began on {@code since}, SP-1 first. */
    public List<Letter> warnings(long loanId, LocalDate since) {
        return letters.warnings(String.valueOf(loanId), since);
    }

    /** The letter's PDF as first issued, if it has been stored. */
    public Optional<ArchivedPdf> archived(long letterId) {
        return letters.archivedPdf(letterId);
    }

    /**
     * Stores the letter's PDF as its issued form, unless one is stored already: then that one is
     * returned, so every fetch of a letter gives the same bytes.
     */
    public ArchivedPdf archive(long letterId, byte[] pdf) {
        return letters.archive(letterId, pdf);
    }

    /** Public, without login: the letter a verification code belongs to, if any. */
    public Optional<Letter> verify(String code) {
        return VerificationCode.isWellFormed(code) ? letters.findByVerificationCode(code) : Optional.empty();
    }

    /** Public, without login: the SHA-256 of the letter's issued PDF, if it has been stored. */
    public Optional<String> verifiedHash(Letter letter) {
        return letters.archivedPdf(letter.getId()).map(ArchivedPdf::sha256);
    }

    /** The signed-in caller, or "sistem" for the server's own work (a batch job of statements runs without one). */
    private String issuer() {
        String name = session.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? "sistem" : name;
    }
}
