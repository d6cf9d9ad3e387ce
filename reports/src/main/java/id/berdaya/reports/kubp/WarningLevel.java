package id.berdaya.reports.kubp;

import java.util.Optional;

/** The three arrears warnings: first, second and third, at more than 30, 60 and 90 days past due. */
public enum WarningLevel {
    FIRST(30, "PERTAMA"),
    SECOND(60, "KEDUA"),
    THIRD(90, "KETIGA");

    private final int moreThanDays;
    private final String ordinal;

    WarningLevel(int moreThanDays, String ordinal) {
        this.moreThanDays = moreThanDays;
        this.ordinal = ordinal;
    }

    /** The warning due at this many days past due, if any (31 → first, 61 → second, 91 → third). */
    public static Optional<WarningLevel> forDaysPastDue(int daysPastDue) {
        WarningLevel due = null;
        for (WarningLevel level : values()) {
            if (daysPastDue > level.moreThanDays) {
                due = level;
            }
        }
        return Optional.ofNullable(due);
    }

    /** "SURAT PERINGATAN PERTAMA (SP-1)". */
    public String title() {
        return "SURAT PERINGATAN " + ordinal + " (SP-" + (ordinal() + 1) + ")";
    }

    public int moreThanDays() {
        return moreThanDays;
    }
}
