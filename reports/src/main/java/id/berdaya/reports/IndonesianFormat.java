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

    private IndonesianFormat() {
    }

    public static String rupiah(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(INDONESIAN);
        symbols.setGroupingSeparator('.');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        return (amount < 0 ? "-Rp " : "Rp ") + format.format(Math.abs(amount));
    }

    public static String longDate(LocalDate date) {
        return date.format(LONG_DATE);
    }
}
