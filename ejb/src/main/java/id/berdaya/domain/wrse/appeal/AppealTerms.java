package id.berdaya.domain.wrse.appeal;

import java.time.LocalDate;

/**
 * The periods policy staff set in the WRSE parameter table (APPEAL_PERIOD_DAYS from the decision
 * letter, APPEAL_HANDLING_DAYS from lodging), and today in East Kalimantan.
 */
public record AppealTerms(int periodDays, int handlingDays, LocalDate today) {

    /** The defaults where a rule set's table has no rows for them (versions written before issue 20). */
    public static final int DEFAULT_PERIOD_DAYS = 30;
    public static final int DEFAULT_HANDLING_DAYS = 14;
}
