package id.berdaya.infrastructure.registry;

import id.berdaya.domain.registry.AidReceipt;
import id.berdaya.domain.registry.ListedPerson;
import id.berdaya.domain.registry.Rejection;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Stores one chunk in the chunk's transaction. Idempotent per line: a line already stored (the
 * chunk ran before a crash, its checkpoint did not) is skipped, so a restart never doubles a row.
 * A second row with a NIK already stored from another line is rejected as a duplicate.
 */
@Named
@Dependent
public class ExtractRowWriter extends AbstractItemWriter {

    private static final String PERSON_COLUMNS = "extract_id, nik, line_no, kk_number, full_name, sex, birth_date,"
            + " marital_status, family_relation, regency_code, district_code, village_code, decile";
    private static final long[] ANALYZE_AT_LINE = {2_000, 20_000, 200_000};
    private static final String AID_COLUMNS = "extract_id, nik, programme, aid_year, line_no, full_name";

    @Inject
    @BatchProperty
    private String extractId;

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        long extract = Long.parseLong(extractId);
        long firstLine = Long.MAX_VALUE;
        long lastLine = 0;
        List<Rejection> rejections = new ArrayList<>();
        Map<String, ListedPerson> persons = new LinkedHashMap<>();
        Map<String, AidReceipt> receipts = new LinkedHashMap<>();
        for (Object item : items) {
            if (item instanceof Rejection r) {
                rejections.add(r);
                firstLine = Math.min(firstLine, r.line());
                lastLine = Math.max(lastLine, r.line());
            } else if (item instanceof ListedPerson p) {
                firstLine = Math.min(firstLine, p.line());
                lastLine = Math.max(lastLine, p.line());
                ListedPerson first = persons.putIfAbsent(p.nik(), p);
                if (first != null) {
                    rejections.add(duplicate(p.line(), first.line()));
                }
            } else if (item instanceof AidReceipt a) {
                firstLine = Math.min(firstLine, a.line());
                lastLine = Math.max(lastLine, a.line());
                AidReceipt first = receipts.putIfAbsent(a.nik() + "/" + a.programme() + "/" + a.year(), a);
                if (first != null) {
                    rejections.add(duplicate(a.line(), first.line()));
                }
            }
        }
        if (lastLine == 0) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            refreshStatistics(c, persons.isEmpty() ? "aid_receipt" : "registry_person", firstLine, lastLine);
            Set<Long> rejectedBefore = linesRejected(c, extract, firstLine, lastLine);
            List<Object[]> rows = new ArrayList<>();
            if (!persons.isEmpty()) {
                Map<String, Long> stored = storedLines(c, "SELECT nik, line_no FROM registry_person WHERE extract_id = ? AND nik IN (",
                        extract, persons.keySet());
                for (ListedPerson p : persons.values()) {
                    Long line = stored.get(p.nik());
                    if (line == null) {
                        rows.add(new Object[] {extract, p.nik(), p.line(), p.kkNumber(), p.fullName(), p.sex(),
                                Date.valueOf(p.birthDate()), p.maritalStatus(), p.familyRelation(), p.regencyCode(),
                                p.districtCode(), p.villageCode(), p.decile()});
                    } else if (line != p.line()) {
                        rejections.add(duplicate(p.line(), line));
                    }
                }
                MultiRowInsert.insert(c, "registry_person", PERSON_COLUMNS, 13, rows);
            } else if (!receipts.isEmpty()) {
                Set<String> niks = new HashSet<>();
                receipts.values().forEach(a -> niks.add(a.nik()));
                Map<String, Long> stored = storedLines(c, "SELECT nik || '/' || programme || '/' || CAST(aid_year AS VARCHAR(4)),"
                        + " line_no FROM aid_receipt WHERE extract_id = ? AND nik IN (", extract, niks);
                for (Map.Entry<String, AidReceipt> e : receipts.entrySet()) {
                    AidReceipt a = e.getValue();
                    Long line = stored.get(e.getKey());
                    if (line == null) {
                        rows.add(new Object[] {extract, a.nik(), a.programme(), a.year(), a.line(), a.fullName()});
                    } else if (line != a.line()) {
                        rejections.add(duplicate(a.line(), line));
                    }
                }
                MultiRowInsert.insert(c, "aid_receipt", AID_COLUMNS, 6, rows);
            }
            List<Object[]> rejectionRows = new ArrayList<>();
            for (Rejection r : rejections) {
                if (!rejectedBefore.contains(r.line())) {
                    rejectionRows.add(new Object[] {extract, r.line(), r.column(), truncate(r.reason())});
                }
            }
            MultiRowInsert.insert(c, "registry_rejection", "extract_id, line_no, column_name, reason", 4, rejectionRows);
            // Progress counts data lines, as the upload counted them: the header is line 1 of the file.
            long dataLinesDone = lastLine - 1;
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE registry_extract SET lines_done = ? WHERE id = ? AND lines_done < ?")) {
                ps.setLong(1, dataLinesDone);
                ps.setLong(2, extract);
                ps.setLong(3, dataLinesDone);
                ps.executeUpdate();
            }
        }
    }

    /**
     * PostgreSQL plans the duplicate check (and caches the plan per pooled connection) from the table's
     * statistics. A new extract grows the table from nothing within minutes, faster than autovacuum
     * (which may be off) analyses it, and a plan made for an empty table scans the whole table for
     * every chunk: the import slows down with each row (1 M rows: from 10,000 to 200 rows a second).
     * Analysing when the chunk crosses 2,000, 20,000 and 200,000 lines keeps the plan an index scan;
     * ANALYZE samples a fixed number of rows and invalidates the cached plans of every connection.
     */
    private static void refreshStatistics(Connection c, String table, long firstLine, long lastLine) throws Exception {
        boolean crosses = false;
        for (long mark : ANALYZE_AT_LINE) {
            crosses |= firstLine <= mark && mark <= lastLine;
        }
        if (crosses && "PostgreSQL".equals(c.getMetaData().getDatabaseProductName())) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE " + table);
            }
        }
    }

    private static Rejection duplicate(long line, long firstLine) {
        return new Rejection(line, "NIK", "NIK sama dengan baris " + firstLine + "; baris pertama yang dipakai"
                + " (duplicate of line " + firstLine + ", the first one stands)");
    }

    private static String truncate(String reason) {
        return reason.length() > 400 ? reason.substring(0, 399) + "…" : reason;
    }

    private static Set<Long> linesRejected(Connection c, long extract, long from, long to) throws Exception {
        Set<Long> lines = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT line_no FROM registry_rejection WHERE extract_id = ? AND line_no BETWEEN ? AND ?")) {
            ps.setLong(1, extract);
            ps.setLong(2, from);
            ps.setLong(3, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(rs.getLong(1));
                }
            }
        }
        return lines;
    }

    private static Map<String, Long> storedLines(Connection c, String selectPrefix, long extract, Set<String> niks)
            throws Exception {
        Map<String, Long> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(selectPrefix + MultiRowInsert.placeholders(niks.size()) + ")")) {
            ps.setLong(1, extract);
            int p = 2;
            for (String nik : niks) {
                ps.setString(p++, nik);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return stored;
    }
}
