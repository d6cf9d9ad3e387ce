package id.berdaya.application.letter;

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
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Issues letter numbers and answers the public verification of a letter.
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

    /** The letter for this subject: the one issued before, or the next number of its series today. */
    public Letter issue(LetterSubject subject, String addresseeName) {
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
        Letter letter = new Letter(subject, letters.lastSequence(subject.type(), today.getYear()) + 1, today,
                addresseeName, session.getCallerPrincipal().getName());
        letters.add(letter);
        LOG.info(() -> "Letter " + letter.getNumber() + " issued for " + subject.key() + " by " + letter.getIssuedBy());
        return letter;
    }

    /** Public, without login: the letter a verification code belongs to, if any. */
    public Optional<Letter> verify(String code) {
        return VerificationCode.isWellFormed(code) ? letters.findByVerificationCode(code) : Optional.empty();
    }
}
