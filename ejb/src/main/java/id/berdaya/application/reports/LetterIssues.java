package id.berdaya.application.reports;

import id.berdaya.application.letter.LetterRegister;
import id.berdaya.domain.letter.Letter;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.reports.letter.LetterIssue;
import jakarta.ejb.Stateless;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;

/**
 * Registers the letter a document service is about to hand out and gives its printed identity:
 * number, date and the public verification URL ({@code verifyBase} + code).
 */
@Stateless
@PermitAll
public class LetterIssues {

    @Inject
    private LetterRegister register;

    public LetterIssue issue(LetterSubject subject, String addressee, String verifyBase) {
        Letter letter = register.issue(subject, addressee);
        String base = verifyBase.endsWith("/") ? verifyBase : verifyBase + "/";
        return new LetterIssue(letter.getNumber(), letter.getIssuedOn(), base + letter.getVerificationCode());
    }
}
