package id.berdaya.rules;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One programme parameter (an age bound, a registry name, a score weight, a loan ceiling), inserted
 * by a row of the rule set's parameter table ({@code parameters.csv}, a Drools decision table) so that
 * policy staff can change it in a spreadsheet. Rules match it by code and read the value typed:
 * {@code ProgrammeParameter( code == "AGE_MIN", $min : intValue )}.
 */
public final class ProgrammeParameter {

    private final String code;
    private final String value;

    public ProgrammeParameter(String code, String value) {
        this.code = Objects.requireNonNull(code, "code");
        this.value = Objects.requireNonNull(value, "value").strip();
    }

    public String getCode() {
        return code;
    }

    /** The value as written in the table. */
    public String getValue() {
        return value;
    }

    public int getIntValue() {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw notA("whole number");
        }
    }

    public long getLongValue() {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw notA("whole number");
        }
    }

    public BigDecimal getDecimalValue() {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw notA("number");
        }
    }

    public boolean isBooleanValue() {
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value);
        }
        throw notA("true or false");
    }

    /** A comma-separated list, e.g. "DTKS,P3KE", as its trimmed, non-empty items. */
    public List<String> getListValue() {
        return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    private IllegalStateException notA(String what) {
        return new IllegalStateException("Programme parameter " + code + " is not a " + what + ": '" + value + "'");
    }

    @Override
    public String toString() {
        return code + "=" + value;
    }
}
