package id.berdaya.interfaces.rest;

/**
 * What text the API accepts: no NUL or other control characters, no bidirectional overrides or
 * isolates (U+202A–U+202E, U+2066–U+2069, U+061C, U+200E, U+200F: they make "Siti" display as
 * another name), no lone surrogates; line breaks and tabs only in multi-line fields.
 */
public final class TextChecks {

    private TextChecks() {
    }

    /** The longest one-line text accepted: beyond every field's own limit, far below a request's. */
    public static final int MAX_LINE = 10_000;

    /** The longest multi-line text (a rule file) accepted. */
    public static final int MAX_TEXT = 1_000_000;

    /** Why the text is refused, or null when it is acceptable. */
    public static String problem(String text, boolean multiLine) {
        if (text.length() > (multiLine ? MAX_TEXT : MAX_LINE)) {
            return "text longer than " + (multiLine ? MAX_TEXT : MAX_LINE) + " characters";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return "line breaks and tabs are not accepted here";
                }
            } else if (Character.isISOControl(c)) {
                return "control characters are not accepted (U+" + String.format("%04X", (int) c) + ")";
            } else if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u061C'
                    || c == '\u200E' || c == '\u200F') {
                return "bidirectional text controls are not accepted (U+" + String.format("%04X", (int) c) + ")";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "broken Unicode text";
                }
                i++;
            } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                return "broken Unicode text";
            }
        }
        return null;
    }
}
