package id.berdaya.interfaces.targeting.rest;

import id.berdaya.application.registry.TargetingService.CandidateView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Candidate lists as CSV and XLSX, written row by row (the XLSX through POI's streaming workbook). */
final class CandidateExports {

    static final List<String> HEADER = List.of("peringkat", "nik", "nama", "kode_kecamatan", "kecamatan", "kode_desa",
            "skor", "keputusan", "perlu_dicek");

    private CandidateExports() {
    }

    static List<String> cells(int rank, CandidateView c) {
        return List.of(Integer.toString(rank), c.nikMasked(), c.fullName(), nullToEmpty(c.districtCode()),
                nullToEmpty(c.districtName()), nullToEmpty(c.villageCode()), Integer.toString(c.score()), c.decision(),
                String.join(" ", c.toCheck()));
    }

    /** A CSV writer: header first, then one line per candidate. */
    static final class Csv {
        private final Writer out;
        private int rank;

        Csv(Writer out) {
            this.out = out;
            line(HEADER);
        }

        void add(CandidateView c) {
            line(cells(++rank, c));
        }

        private void line(List<String> cells) {
            try {
                for (int i = 0; i < cells.size(); i++) {
                    String v = cells.get(i);
                    out.write((i == 0 ? "" : ",") + (v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v));
                }
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An XLSX writer keeping 100 rows in memory at a time. */
    static final class Xlsx implements AutoCloseable {
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        private final Sheet sheet = workbook.createSheet("Kandidat WRSE");
        private final OutputStream out;
        private int rank;

        Xlsx(OutputStream out) {
            this.out = out;
            row(0, HEADER);
        }

        void add(CandidateView c) {
            rank++;
            Row row = row(rank, cells(rank, c));
            row.getCell(0).setCellValue(rank);
            row.getCell(6).setCellValue(c.score());
        }

        private Row row(int index, List<String> cells) {
            Row row = sheet.createRow(index);
            for (int i = 0; i < cells.size(); i++) {
                row.createCell(i).setCellValue(cells.get(i));
            }
            return row;
        }

        @Override
        public void close() {
            try {
                workbook.write(out);
                workbook.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
