package id.berdaya.reports.kubp;

/**
 * The three arrears warnings: first, second and third. When each is due is the arrears ladder's
 * business (KUBP parameters ARREARS_STEP_1_DAYS to _3_, by default beyond 30, 60 and 90 days past
 * due), decided by the caller; a letter only carries its level.
 */
public enum WarningLevel {
    FIRST("PERTAMA"),
    SECOND("KEDUA"),
    THIRD("KETIGA");

    private final String ordinal;

    WarningLevel(String ordinal) {
        this.ordinal = ordinal;
    }

    /** "SURAT PERINGATAN PERTAMA (SP-1)". */
    public String title() {
        return "SURAT PERINGATAN " + ordinal + " (SP-" + (ordinal() + 1) + ")";
    }
}
