package id.berdaya.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One programme parameter (an age bound, a registry name, a score weight, a loan ceiling), inserted
 * by a row of the rule set's parameter table ({@code parameters.csv}, a Drools decision table) so that
 * policy staff can change it in a spreadsheet. The rules read the parameters together, typed, from
 * {@link ProgrammeParameters}. The typed readings are made once, here: every evaluation reads them.
 */
public final class ProgrammeParameter {

    private final String code;
    private final String value;
    private final Long whole;
    private final BigDecimal decimal;
    private final List<String> list;

    public ProgrammeParameter(String code, String value) {
        this.code = Objects.requireNonNull(code, "code");
        this.value = Objects.requireNonNull(value, "value").strip();
        this.whole = parseWhole(this.value);
        this.decimal = parseDecimal(this.value);
        this.list = Arrays.stream(this.value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    public String getCode() {
        return code;
    }

    /** The value as written in the table. */
    public String getValue() {
        return value;
    }

    public int getIntValue() {
        if (whole == null || whole < Integer.MIN_VALUE || whole > Integer.MAX_VALUE) {
            throw notA("whole number");
        }
        return whole.intValue();
    }

    public long getLongValue() {
        if (whole == null) {
            throw notA("whole number");
        }
        return whole;
    }

    public BigDecimal getDecimalValue() {
        if (decimal == null) {
            throw notA("number");
        }
        return decimal;
    }

    public boolean isBooleanValue() {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw notA("true or false");
    }

    /** A comma-separated list, e.g. "DTKS,P3KE", as its trimmed, non-empty items. */
    public List<String> getListValue() {
        return list;
    }

    private static Long parseWhole(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal parseDecimal(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private IllegalStateException notA(String what) {
        return new IllegalStateException("Programme parameter " + code + " is not a " + what + ": '" + value + "'");
    }

    @Override
    public String toString() {
        return code + "=" + value;
    }
}
