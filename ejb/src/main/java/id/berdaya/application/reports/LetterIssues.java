package id.berdaya.application.reports;

import id.berdaya.application.letter.LetterRegister;
import id.berdaya.domain.letter.Letter;
import id.berdaya.domain.letter.LetterSubject;
import id.berdaya.domain.shared.InvalidInputException;
import id.berdaya.reports.letter.LetterIssue;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Registers the letter a document service is about to hand out and gives its printed identity:
 * number, date (the day of the event it records) and the public verification URL ({@code verifyBase} + code).
 */
@Stateless
@PermitAll
public class LetterIssues {

    @Inject
    private LetterRegister register;

    public LetterIssue issue(LetterSubject subject, String addressee, String verifyBase, LocalDate datedOn) {
        return issue(subject, addressee, verifyBase, datedOn, letter -> { });
    }

    public LetterIssue issue(LetterSubject subject, String addressee, String verifyBase, LocalDate datedOn,
            Consumer<Letter> completion) {
        return printed(register.issue(subject, addressee, datedOn, completion), verifyBase);
    }

    static LetterIssue printed(Letter letter, String verifyBase) {
        String base = verifyBase.endsWith("/") ? verifyBase : verifyBase + "/";
        return new LetterIssue(letter.getNumber(), letter.getIssuedOn(), base + letter.getVerificationCode(),
                letter.getId());
    }

    /** Refuses an as-of date after today: no letter states figures of a day that has not come. */
    public static LocalDate notFuture(LocalDate asOf, String field) {
        LocalDate today = LocalDate.now(LetterRegister.WITA);
        if (asOf.isAfter(today)) {
            throw new InvalidInputException(field, "'" + asOf + "' is after today (" + today + ")",
                    "'" + asOf + "' setelah hari ini (" + today + ")");
        }
        return asOf;
    }

    /** Refuses a year after this one. */
    public static int notFuture(int year, String field) {
        int thisYear = LocalDate.now(LetterRegister.WITA).getYear();
        if (year > thisYear) {
            throw new InvalidInputException(field, year + " is after this year (" + thisYear + ")",
                    year + " setelah tahun ini (" + thisYear + ")");
        }
        return year;
    }
}
