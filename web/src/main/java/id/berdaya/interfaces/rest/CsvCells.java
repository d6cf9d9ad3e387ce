package id.berdaya.interfaces.rest;

import java.util.regex.Pattern;

/**
 * CSV for spreadsheets: a cell that starts with =, +, -, @, a tab or a carriage return is a
 * formula to Excel or LibreOffice ({@code =HYPERLINK(...)} runs on opening), so it is written with
 * a leading apostrophe, which the spreadsheet shows as text. Plain numbers (-5, +0.25) stay as
 * they are, so the file still reads back the same.
 */
public final class CsvCells {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

    private CsvCells() {
    }

    public static String neutralise(String csv) {
        StringBuilder out = new StringBuilder(csv.length() + 16);
        int i = 0;
        int n = csv.length();
        while (true) {
            StringBuilder cell = new StringBuilder();
            boolean quoted = i < n && csv.charAt(i) == '"';
            if (quoted) {
                i++;
                while (i < n) {
                    char c = csv.charAt(i++);
                    if (c == '"' && i < n && csv.charAt(i) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        break;
                    } else {
                        cell.append(c);
                    }
                }
            }
            while (i < n && ",\r\n".indexOf(csv.charAt(i)) < 0) {
                cell.append(csv.charAt(i++));
            }
            out.append(safe(cell.toString(), quoted));
            if (i >= n) {
                return out.toString();
            }
            out.append(csv.charAt(i++));
        }
    }

    private static String safe(String text, boolean quoted) {
        boolean formula = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !NUMBER.matcher(text).matches();
        String value = formula ? "'" + text : text;
        return quoted || formula ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
