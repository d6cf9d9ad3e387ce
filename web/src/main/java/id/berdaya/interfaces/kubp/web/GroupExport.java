package id.berdaya.interfaces.kubp.web;

import id.berdaya.domain.kubp.group.GroupMember;
import id.berdaya.domain.kubp.group.KubpGroup;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Groups and their members as a spreadsheet, one row per member: CSV (UTF-8 with BOM, so Excel
 * reads the Indonesian names) or XLSX. NIKs are masked, as in every list. A value that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written with a leading
 * apostrophe, so a member's name can never become a formula in the officer's Excel.
 */
final class GroupExport {

    static final List<String> HEADER = List.of("group_id", "group_name", "district_code", "village",
            "business_field", "founded_on", "member_nik_masked", "member_name", "role", "telephone");

    private GroupExport() {
    }

    static List<List<String>> rows(List<KubpGroup> groups) {
        List<List<String>> rows = new ArrayList<>();
        for (KubpGroup g : groups) {
            for (GroupMember m : g.getMembers()) {
                rows.add(List.of(String.valueOf(g.getId()), g.getName(), g.getDistrictCode(), g.getVillage(),
                        g.getBusinessField(), String.valueOf(g.getFoundedOn()), m.getMaskedNik(), m.getFullName(),
                        m.getRole().name(), m.getTelephone() == null ? "" : m.getTelephone()));
            }
        }
        return rows;
    }

    /** What a spreadsheet shows as text and never evaluates. */
    static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    static byte[] csv(List<KubpGroup> groups) {
        StringBuilder out = new StringBuilder("\uFEFF");
        appendCsv(out, HEADER);
        rows(groups).forEach(row -> appendCsv(out, row));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendCsv(StringBuilder out, List<String> row) {
        for (int i = 0; i < row.size(); i++) {
            String value = neutralise(row.get(i));
            out.append(i == 0 ? "" : ",");
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("'")) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        out.append("\r\n");
    }

    static byte[] xlsx(List<KubpGroup> groups) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("KUBP");
            write(sheet.createRow(0), HEADER);
            List<List<String>> rows = rows(groups);
            for (int i = 0; i < rows.size(); i++) {
                write(sheet.createRow(i + 1), rows.get(i));
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            // Always a string cell (never setCellFormula), and neutralised for when it is saved as CSV.
            row.createCell(i).setCellValue(neutralise(values.get(i)));
        }
    }
}
