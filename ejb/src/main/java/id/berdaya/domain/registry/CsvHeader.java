package id.berdaya.domain.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file's header line: the separator (comma or semicolon, whichever the header uses) and where
 * each column is. Column names are case-insensitive and may come in any order; extra ones are ignored.
 */
public final class CsvHeader {

    private final char separator;
    private final Map<String, Integer> positions;

    private CsvHeader(char separator, Map<String, Integer> positions) {
        this.separator = separator;
        this.positions = positions;
    }

    /** Reads a header line (a leading byte-order mark is dropped). */
    public static CsvHeader parse(String line) {
        String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        char separator = count(text, ';') > count(text, ',') ? ';' : ',';
        Map<String, Integer> positions = new HashMap<>();
        List<String> names = CsvLine.split(text, separator);
        if (names == null) {
            names = List.of();
        }
        for (int i = 0; i < names.size(); i++) {
            positions.putIfAbsent(names.get(i).trim().toUpperCase(Locale.ROOT), i);
        }
        return new CsvHeader(separator, positions);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    public char separator() {
        return separator;
    }

    /** The required columns this header lacks, in the order given. */
    public List<String> missing(List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String column : required) {
            if (!positions.containsKey(column)) {
                missing.add(column);
            }
        }
        return missing;
    }

    /** Position of a column (upper-case name), or -1. */
    public int position(String column) {
        return positions.getOrDefault(column, -1);
    }
}
