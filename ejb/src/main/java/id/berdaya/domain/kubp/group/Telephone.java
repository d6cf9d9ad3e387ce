package id.berdaya.domain.kubp.group;

import id.berdaya.domain.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * An Indonesian telephone number, kept in international form (+62…) so that an SMS or WhatsApp
 * gateway can take it as it is. Accepted as people write them: 0812-3456-7890, +62 812 3456 7890,
 * 62812…, or a landline with its area code (0541 661234); spaces, dots and dashes are dropped.
 */
public final class Telephone {

    // After the country code: mobile 8xx (9–12 digits in all) or a landline area code 2x–9x (8–11).
    private static final Pattern NATIONAL = Pattern.compile("8[1-9]\\d{7,10}|[2-79]\\d{7,10}");

    private Telephone() {
    }

    /** The number in +62 form, or null when nothing was entered; refuses what is not Indonesian. */
    public static String normalise(String field, String entered) {
        if (entered == null || entered.isBlank()) {
            return null;
        }
        String digits = entered.strip().replaceAll("[\\s.\\-()]", "");
        String national;
        if (digits.startsWith("+62")) {
            national = digits.substring(3);
        } else if (digits.startsWith("62")) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            national = null;
        }
        if (national == null || !NATIONAL.matcher(national).matches()) {
            throw new InvalidInputException(field, "'" + entered + "' is not an Indonesian telephone number "
                    + "(e.g. 0812 3456 7890 or +62 812 3456 7890)", "'" + entered
                    + "' bukan nomor telepon Indonesia (contoh 0812 3456 7890 atau +62 812 3456 7890)");
        }
        return "+62" + national;
    }
}
