package id.berdaya.rules.authoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a value may be: its {@link ValueKind}, its bounds (NUMBER, MONEY, DATE), the code list its codes
 * come from (CODE, CODE_LIST) and whether a list may be empty. Owned by the code (the parameter schema,
 * the condition templates): policy staff fill values in, never specs.
 */
public final class ValueSpec {

    private final ValueKind kind;
    private final String min;
    private final String max;
    private final String codeList;
    private final boolean emptyAllowed;

    public ValueSpec(ValueKind kind, String min, String max, String codeList, boolean emptyAllowed) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.min = min;
        this.max = max;
        this.codeList = codeList;
        this.emptyAllowed = emptyAllowed;
    }

    public static ValueSpec number(long min, long max) {
        return new ValueSpec(ValueKind.NUMBER, Long.toString(min), Long.toString(max), null, false);
    }

    public static ValueSpec money(long min, long max) {
        return new ValueSpec(ValueKind.MONEY, Long.toString(min), Long.toString(max), null, false);
    }

    public static ValueSpec code(String codeList) {
        return new ValueSpec(ValueKind.CODE, null, null, codeList, false);
    }

    public static ValueSpec codes(String codeList) {
        return new ValueSpec(ValueKind.CODE_LIST, null, null, codeList, false);
    }

    public static ValueSpec bool() {
        return new ValueSpec(ValueKind.BOOLEAN, null, null, null, false);
    }

    public ValueKind getKind() {
        return kind;
    }

    /** The lowest value allowed (as text), or null. */
    public String getMin() {
        return min;
    }

    /** The highest value allowed (as text), or null. */
    public String getMax() {
        return max;
    }

    /** The name of the {@link CodeLists code list} the codes must come from, or null. */
    public String getCodeList() {
        return codeList;
    }

    public boolean isEmptyAllowed() {
        return emptyAllowed;
    }

    /**
     * The problems of a value, in Indonesian and English, for the field it was entered in: empty when
     * the value is well formed, within bounds and made of known codes.
     */
    public List<ValidationProblem> check(String field, String value, CodeLists codes) {
        List<ValidationProblem> problems = new ArrayList<>();
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            if (!(kind == ValueKind.CODE_LIST && emptyAllowed)) {
                problems.add(new ValidationProblem(field, "Nilai wajib diisi (" + kind.getDescriptionId() + ")",
                        "A value is required (" + kind.getDescriptionEn() + ")"));
            }
            return problems;
        }
        if (!kind.isWellFormed(text)) {
            problems.add(new ValidationProblem(field, "'" + text + "' bukan " + kind.getDescriptionId(),
                    "'" + text + "' is not " + kind.getDescriptionEn()));
            return problems;
        }
        if (kind == ValueKind.NUMBER || kind == ValueKind.MONEY) {
            BigDecimal number = ValueKind.number(text);
            if (min != null && number.compareTo(new BigDecimal(min)) < 0 || max != null && number.compareTo(new BigDecimal(max)) > 0) {
                problems.add(new ValidationProblem(field, "Nilai " + text + " di luar batas " + min + "–" + max,
                        "The value " + text + " is outside the bounds " + min + "–" + max));
            }
        }
        if (kind == ValueKind.DATE && (min != null && text.compareTo(min) < 0 || max != null && text.compareTo(max) > 0)) {
            problems.add(new ValidationProblem(field, "Tanggal " + text + " di luar batas", "The date " + text + " is outside the bounds"));
        }
        if ((kind == ValueKind.CODE || kind == ValueKind.CODE_LIST) && codeList != null) {
            for (String item : kind == ValueKind.CODE ? List.of(text) : ValueKind.items(text)) {
                if (!codes.contains(codeList, item)) {
                    problems.add(new ValidationProblem(field, "Kode '" + item + "' tidak ada dalam daftar " + codeList,
                            "The code '" + item + "' is not in the list " + codeList));
                }
            }
        }
        return problems;
    }
}
