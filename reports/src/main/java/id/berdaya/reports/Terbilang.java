package id.berdaya.reports;

/**
 * Amounts in Indonesian words ("terbilang"), as letters and receipts write them:
 * 3,000,000 → "tiga juta". Indonesian says "sebelas", "seratus", "seribu" for the single units,
 * but "satu juta" and "satu miliar" for the larger ones.
 */
public final class Terbilang {

    private static final String[] UNITS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
        "delapan", "sembilan", "sepuluh", "sebelas"};
    private static final String[] SCALES = {"", "ribu", "juta", "miliar", "triliun", "kuadriliun"};

    private Terbilang() {
    }

    /** Words for a whole number, e.g. 1100000 → "satu juta seratus ribu". */
    public static String of(long number) {
        if (number < 0) {
            return "minus " + of(-number);
        }
        if (number == 0) {
            return "nol";
        }
        StringBuilder words = new StringBuilder();
        int scale = 0;
        long rest = number;
        while (rest > 0) {
            int group = (int) (rest % 1000);
            if (group > 0) {
                String groupWords = scale == 1 && group == 1 ? "seribu" : join(belowThousand(group), SCALES[scale]);
                words.insert(0, groupWords + (words.length() == 0 ? "" : " "));
            }
            rest /= 1000;
            scale++;
        }
        return words.toString();
    }

    /** Words for an amount of money, e.g. 3000000 → "tiga juta rupiah". */
    public static String rupiah(long amount) {
        return of(amount) + " rupiah";
    }

    private static String belowThousand(int n) {
        if (n < 12) {
            return UNITS[n];
        }
        if (n < 20) {
            return UNITS[n - 10] + " belas";
        }
        if (n < 100) {
            return join(UNITS[n / 10] + " puluh", n % 10 == 0 ? "" : UNITS[n % 10]);
        }
        String hundreds = n / 100 == 1 ? "seratus" : UNITS[n / 100] + " ratus";
        return join(hundreds, n % 100 == 0 ? "" : belowThousand(n % 100));
    }

    private static String join(String a, String b) {
        return b.isEmpty() ? a : a + " " + b;
    }
}
