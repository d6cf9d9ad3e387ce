package id.berdaya.rules.authoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The type of a value a policy officer enters: a programme parameter or an argument of a condition
 * template. Each value is checked against its kind (and its {@link ValueSpec bounds}) as it is
 * entered, and only a checked, typed value ever reaches generated rules.
 */
public enum ValueKind {
    /** A whole number, e.g. an age bound, a decile, a score weight. */
    NUMBER("bilangan bulat, mis. 18", "a whole number, e.g. 18"),
    /** Whole rupiah, e.g. 10000000 (no separators). */
    MONEY("rupiah tanpa pemisah, mis. 10000000", "whole rupiah without separators, e.g. 10000000"),
    /** A date, yyyy-mm-dd. */
    DATE("tanggal tttt-bb-hh", "a date yyyy-mm-dd"),
    /** One code from a code list, e.g. P3KE. */
    CODE("satu kode, mis. P3KE", "one code, e.g. P3KE"),
    /** Codes from a code list, separated by commas, e.g. DTKS,P3KE. */
    CODE_LIST("kode dipisah koma, mis. DTKS,P3KE", "codes separated by commas, e.g. DTKS,P3KE"),
    /** Yes or no (true/false). */
    BOOLEAN("ya/tidak (true/false)", "yes/no (true/false)");

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,15}");
    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Z0-9_]{1,30}");

    private final String descriptionId;
    private final String descriptionEn;

    ValueKind(String descriptionId, String descriptionEn) {
        this.descriptionId = descriptionId;
        this.descriptionEn = descriptionEn;
    }

    public String getDescriptionId() {
        return descriptionId;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    /** Whether the text is well formed for this kind (bounds and code lists are checked by {@link ValueSpec}). */
    public boolean isWellFormed(String text) {
        if (text == null) {
            return false;
        }
        String value = text.strip();
        return switch (this) {
            case NUMBER, MONEY -> WHOLE.matcher(value).matches();
            case DATE -> {
                try {
                    LocalDate.parse(value);
                    yield true;
                } catch (DateTimeParseException e) {
                    yield false;
                }
            }
            case CODE -> CODE_PATTERN.matcher(value).matches();
            case CODE_LIST -> !value.isEmpty() && items(value).stream().allMatch(i -> CODE_PATTERN.matcher(i).matches());
            case BOOLEAN -> value.equals("true") || value.equals("false");
        };
    }

    /** The items of a code list ("DTKS, P3KE" → [DTKS, P3KE]). */
    public static List<String> items(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static BigDecimal number(String text) {
        return new BigDecimal(text.strip());
    }
}
