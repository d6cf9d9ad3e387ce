package id.berdaya.infrastructure.registry;

import id.berdaya.domain.registry.PersonFacts;
import id.berdaya.domain.registry.Registry;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Reads the people of a run's regency from the run's registry listings in NIK order, a page at a
 * time (keyset: NIK greater than the last one), merging each person's listings from every registry
 * and adding her aid receipts of the application year and Berdaya's own WRSE aid record. The
 * checkpoint is the last NIK handed out.
 */
@Named
@Dependent
public class RegistryPeopleReader extends AbstractItemReader {

    private static final int PAGE = 2000;

    @Inject
    @BatchProperty
    private String runId;

    @Inject
    private TargetingStore runs;

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    private String regency;
    private int year;
    private List<TargetingStore.UsedExtract> listings;
    private List<Long> aidExtracts;
    private final Deque<PersonFacts> buffer = new ArrayDeque<>();
    private String lastRead;
    private String lastHandedOut;
    private boolean exhausted;

    private record Row(String nik, String kk, String name, String sex, LocalDate birth, String marital,
            String relation, String regency, String district, String village, Integer decile, String registry,
            LocalDate asOf) {
    }

    @Override
    public void open(Serializable checkpoint) {
        var run = runs.find(Long.parseLong(runId)).orElseThrow();
        regency = run.regencyCode();
        year = run.applicationDate().getYear();
        listings = new ArrayList<>();
        aidExtracts = new ArrayList<>();
        for (var e : runs.extractsOf(run.id())) {
            if (Registry.valueOf(e.registry()).format() == Registry.Format.LISTING) {
                listings.add(e);
            } else {
                aidExtracts.add(e.id());
            }
        }
        lastRead = checkpoint == null ? "" : (String) checkpoint;
        lastHandedOut = lastRead;
        exhausted = listings.isEmpty();
    }

    @Override
    public Object readItem() throws SQLException {
        if (buffer.isEmpty() && !exhausted) {
            fill();
        }
        PersonFacts next = buffer.poll();
        if (next != null) {
            lastHandedOut = next.nik();
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastHandedOut;
    }

    /** The next page: from each listing the next PAGE rows, up to the smallest last NIK of a full page. */
    private void fill() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            TreeMap<String, List<Row>> byNik = new TreeMap<>();
            String bound = null;
            for (var listing : listings) {
                List<Row> rows = page(c, listing);
                for (Row r : rows) {
                    byNik.computeIfAbsent(r.nik(), k -> new ArrayList<>()).add(r);
                }
                if (rows.size() == PAGE) {
                    String last = rows.get(rows.size() - 1).nik();
                    bound = bound == null || last.compareTo(bound) < 0 ? last : bound;
                }
            }
            if (bound == null) {
                exhausted = true;
            } else {
                byNik.tailMap(bound, false).clear();
            }
            if (byNik.isEmpty()) {
                exhausted = true;
                return;
            }
            String from = lastRead;
            String to = byNik.lastKey();
            Map<String, Set<String>> aid = aid(c, from, to);
            Map<String, Integer> priorAid = priorAid(c, from, to);
            for (var entry : byNik.entrySet()) {
                List<Row> rows = entry.getValue();
                Row newest = rows.stream().max(Comparator.comparing(Row::asOf)).orElseThrow();
                buffer.add(new PersonFacts(newest.nik(), newest.kk(), newest.name(), newest.sex(), newest.birth(),
                        newest.marital(), newest.relation(), newest.regency(), newest.district(), newest.village(),
                        rows.stream().map(r -> new PersonFacts.Listing(r.registry(), r.decile(), r.asOf())).toList(),
                        aid.getOrDefault(entry.getKey(), Set.of()), priorAid.get(entry.getKey())));
            }
            lastRead = to;
        }
    }

    private List<Row> page(Connection c, TargetingStore.UsedExtract listing) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT nik, kk_number, full_name, sex, birth_date, marital_status,"
                + " family_relation, regency_code, district_code, village_code, decile FROM registry_person"
                + " WHERE extract_id = ? AND regency_code = ? AND nik > ? ORDER BY nik LIMIT " + PAGE)) {
            ps.setLong(1, listing.id());
            ps.setString(2, regency);
            ps.setString(3, lastRead);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getObject(11, Integer.class), listing.registry(),
                            listing.asOf()));
                }
            }
        }
        return rows;
    }

    private Map<String, Set<String>> aid(Connection c, String from, String to) throws SQLException {
        Map<String, Set<String>> aid = new HashMap<>();
        if (aidExtracts.isEmpty()) {
            return aid;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT nik, programme FROM aid_receipt WHERE extract_id IN ("
                + MultiRowInsert.placeholders(aidExtracts.size()) + ") AND aid_year = ? AND nik > ? AND nik <= ?")) {
            int p = 1;
            for (Long id : aidExtracts) {
                ps.setLong(p++, id);
            }
            ps.setInt(p++, year);
            ps.setString(p++, from);
            ps.setString(p, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    aid.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        return aid;
    }

    private Map<String, Integer> priorAid(Connection c, String from, String to) throws SQLException {
        Map<String, Integer> years = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT nik, MIN(programme_year) FROM wrse_application"
                + " WHERE status = 'AID_DELIVERED' AND nik > ? AND nik <= ? GROUP BY nik")) {
            ps.setString(1, from);
            ps.setString(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    years.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return years;
    }
}
