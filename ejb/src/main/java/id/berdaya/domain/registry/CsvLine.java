package id.berdaya.domain.registry;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line (RFC 4180 quoting within the line: "a ""quoted"" value", separators inside quotes). */
public final class CsvLine {

    private CsvLine() {
    }

    /** The line's values, or null when a quote is left open. */
    public static List<String> split(String line, char separator) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        value.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    value.append(c);
                }
            } else if (c == '"' && value.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                values.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        values.add(value.toString());
        return values;
    }
}
