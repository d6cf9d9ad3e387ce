package id.berdaya.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Money and dates as Indonesian letters print them: "Rp 3.000.000", "22 November 2026". */
public final class IndonesianFormat {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", INDONESIAN);
    private static final DateTimeFormatter DAY_NAME = DateTimeFormatter.ofPattern("EEEE", INDONESIAN);

    private IndonesianFormat() {
    }

    public static String rupiah(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(INDONESIAN);
        symbols.setGroupingSeparator('.');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        // A no-break space: "Rp" never ends a line with its amount on the next.
        return (amount < 0 ? "-Rp\u00a0" : "Rp\u00a0") + format.format(Math.abs(amount));
    }

    public static String longDate(LocalDate date) {
        return date.format(LONG_DATE);
    }

    /** The day of the week, as minutes of a handover name it: "Senin". */
    public static String dayName(LocalDate date) {
        return date.format(DAY_NAME);
    }

    /** A fraction as a percentage with two decimals: 0.1234 → "12,34 %". */
    public static String percent(double fraction) {
        return String.format(INDONESIAN, "%.2f %%", fraction * 100);
    }
}
