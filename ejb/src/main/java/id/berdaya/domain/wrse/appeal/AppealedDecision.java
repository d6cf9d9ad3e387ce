package id.berdaya.domain.wrse.appeal;

import java.time.LocalDate;
import java.util.Set;

/** The decision letter an appeal objects to: which application and decision, its number and date, and who decided. */
public record AppealedDecision(long applicationId, long decisionId, long letterId, String letterNumber,
        LocalDate letterDate, Set<String> decidedBy) {
}
