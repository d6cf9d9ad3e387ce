package id.berdaya.rules.table;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** What a parameter's value must look like, and how to say so when it does not. */
public enum ParameterType {
    /** A whole number from 0 up, e.g. an age bound or a score weight. */
    INTEGER("a whole number, e.g. 18", "^\\d{1,9}$"),
    /** Whole rupiah, e.g. 10000000. */
    AMOUNT("an amount in whole rupiah without separators, e.g. 10000000", "^\\d{1,15}$"),
    /** A decimal number with a dot, e.g. 0 or 1.5. */
    DECIMAL("a number with a decimal point, e.g. 1.5", "^\\d{1,6}(\\.\\d{1,4})?$"),
    BOOLEAN("true or false", "^(?i)(true|false)$"),
    /** One code, e.g. P3KE. */
    CODE("one code in capitals, e.g. P3KE", "^[A-Z0-9_]{1,30}$"),
    /** Codes separated by commas, e.g. DTKS,P3KE. */
    CODE_LIST("codes separated by commas, e.g. DTKS,P3KE", "^[A-Z0-9_]{1,30}( *, *[A-Z0-9_]{1,30})*$");

    private final String description;
    private final Pattern pattern;

    ParameterType(String description, String regex) {
        this.description = description;
        this.pattern = Pattern.compile(regex);
    }

    public String getDescription() {
        return description;
    }

    boolean accepts(String value) {
        if (!pattern.matcher(value).matches()) {
            return false;
        }
        return this != DECIMAL || new BigDecimal(value).signum() >= 0;
    }
}
