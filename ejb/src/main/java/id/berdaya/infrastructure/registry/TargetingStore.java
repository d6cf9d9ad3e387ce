package id.berdaya.infrastructure.registry;

import id.berdaya.domain.registry.Registry;
import id.berdaya.domain.shared.ListOrder;
import id.berdaya.domain.shared.ListSearch;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Targeting runs, their extracts and their results, by plain JDBC. */
@ApplicationScoped
public class TargetingStore {

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    public record RunRecord(long id, String regencyCode, LocalDate applicationDate, String status, Long jobExecution,
            String ruleSetVersion, long peopleTotal, Long screened, Long candidates, Long excluded,
            Map<String, Long> byCriterion, String startedBy, Instant startedAt, Instant finishedAt) {
    }

    /** An extract a run reads: its id, registry and date. */
    public record UsedExtract(long id, String registry, LocalDate asOf) {
    }

    /** One candidate row as the lists show it. */
    public record CandidateRecord(String nik, String fullName, String districtCode, String districtName,
            String villageCode, int score, String decision, String toCheck) {
    }

    /**
     * The newest completed extract of each registry that lists people of the regency (an extract
     * comes from one regency's social service), and the newest completed list of each aid programme.
     */
    public List<UsedExtract> newestExtracts(String regencyCode) {
        Map<String, UsedExtract> newest = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT e.id, e.registry, e.as_of FROM registry_extract e"
                        + " WHERE e.status = 'COMPLETED' AND (e.registry IN (" + quoted(Registry.aidLists()) + ")"
                        + " OR EXISTS (SELECT 1 FROM registry_person p WHERE p.extract_id = e.id AND p.regency_code = ?))"
                        + " ORDER BY e.as_of DESC, e.id DESC")) {
            ps.setString(1, regencyCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    newest.putIfAbsent(rs.getString(2), new UsedExtract(rs.getLong(1), rs.getString(2),
                            rs.getDate(3).toLocalDate()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(newest.values());
    }

    private static String quoted(List<Registry> registries) {
        return String.join(",", registries.stream().map(r -> "'" + r.name() + "'").toList());
    }

    public long create(String regencyCode, LocalDate applicationDate, String ruleSetVersion, List<UsedExtract> used,
            String startedBy) {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO targeting_run (regency_code, application_date,"
                    + " status, rule_set_version, started_by, started_at) VALUES (?, ?, 'STARTED', ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, regencyCode);
                ps.setDate(2, Date.valueOf(applicationDate));
                ps.setString(3, ruleSetVersion);
                ps.setString(4, startedBy);
                ps.setTimestamp(5, Timestamp.from(Instant.now()));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            List<Long> listingIds = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO targeting_run_extract (run_id, extract_id) VALUES (?, ?)")) {
                for (UsedExtract e : used) {
                    ps.setLong(1, id);
                    ps.setLong(2, e.id());
                    ps.executeUpdate();
                    if (Registry.valueOf(e.registry()).format() == Registry.Format.LISTING) {
                        listingIds.add(e.id());
                    }
                }
            }
            if (!listingIds.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE targeting_run SET people_total = (SELECT COUNT(DISTINCT nik)"
                        + " FROM registry_person WHERE regency_code = ? AND extract_id IN ("
                        + MultiRowInsert.placeholders(listingIds.size()) + ")) WHERE id = ?")) {
                    ps.setString(1, regencyCode);
                    int p = 2;
                    for (Long e : listingIds) {
                        ps.setLong(p++, e);
                    }
                    ps.setLong(p, id);
                    ps.executeUpdate();
                }
            }
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<UsedExtract> extractsOf(long runId) {
        List<UsedExtract> used = new ArrayList<>();
        query("SELECT e.id, e.registry, e.as_of FROM targeting_run_extract r JOIN registry_extract e ON e.id = r.extract_id"
                + " WHERE r.run_id = " + runId + " ORDER BY e.id",
                rs -> used.add(new UsedExtract(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate())));
        return used;
    }

    public void setJobExecution(long id, long execution) {
        update("UPDATE targeting_run SET job_execution = ? WHERE id = ?", execution, id);
    }

    public Optional<RunRecord> find(long id) {
        Map<String, Long> byCriterion = new LinkedHashMap<>();
        query("SELECT criterion, excluded_count FROM targeting_run_criterion WHERE run_id = " + id + " ORDER BY criterion",
                rs -> byCriterion.put(rs.getString(1), rs.getLong(2)));
        List<RunRecord> found = new ArrayList<>();
        query("SELECT * FROM targeting_run WHERE id = " + id, rs -> {
            Timestamp finished = rs.getTimestamp("finished_at");
            found.add(new RunRecord(rs.getLong("id"), rs.getString("regency_code"),
                    rs.getDate("application_date").toLocalDate(), rs.getString("status"),
                    rs.getObject("job_execution", Long.class), rs.getString("rule_set_version"),
                    rs.getLong("people_total"), rs.getObject("screened_count", Long.class),
                    rs.getObject("candidate_count", Long.class), rs.getObject("excluded_count", Long.class),
                    byCriterion, rs.getString("started_by"), rs.getTimestamp("started_at").toInstant(),
                    finished == null ? null : finished.toInstant()));
        });
        return found.stream().findFirst();
    }

    /** The name of a region code, or the code itself where the region table does not know it. */
    public String regionName(String code) {
        String[] name = {code};
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT name FROM region WHERE code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    name[0] = rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name[0];
    }

    /** The NIK of the candidate at this rank (1 = highest score) of a run, if there is one. */
    public Optional<String> candidateAt(long runId, int rank) {
        List<String> nik = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT nik FROM targeting_result WHERE run_id = ?"
                        + " AND candidate = TRUE ORDER BY score DESC, nik LIMIT 1 OFFSET ?")) {
            ps.setLong(1, runId);
            ps.setInt(2, rank - 1);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    nik.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return nik.stream().findFirst();
    }

    /** What the run's extracts say about one NIK, as the targeting run read it. */
    public Optional<id.berdaya.domain.registry.PersonFacts> facts(long runId, String nik, int aidYear) {
        List<UsedExtract> used = extractsOf(runId);
        List<id.berdaya.domain.registry.PersonFacts.Listing> listings = new ArrayList<>();
        java.util.Set<String> aid = new java.util.TreeSet<>();
        Object[][] newest = {null};
        LocalDate[] newestAsOf = {null};
        try (Connection c = dataSource.getConnection()) {
            for (UsedExtract e : used) {
                if (Registry.valueOf(e.registry()).format() == Registry.Format.LISTING) {
                    try (PreparedStatement ps = c.prepareStatement("SELECT kk_number, full_name, sex, birth_date,"
                            + " marital_status, family_relation, regency_code, district_code, village_code, decile"
                            + " FROM registry_person WHERE extract_id = ? AND nik = ?")) {
                        ps.setLong(1, e.id());
                        ps.setString(2, nik);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                listings.add(new id.berdaya.domain.registry.PersonFacts.Listing(e.registry(),
                                        rs.getObject(10, Integer.class), e.asOf()));
                                if (newestAsOf[0] == null || e.asOf().isAfter(newestAsOf[0])) {
                                    newestAsOf[0] = e.asOf();
                                    newest[0] = new Object[] {rs.getString(1), rs.getString(2), rs.getString(3),
                                            rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6), rs.getString(7),
                                            rs.getString(8), rs.getString(9)};
                                }
                            }
                        }
                    }
                } else {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT programme FROM aid_receipt WHERE extract_id = ? AND nik = ? AND aid_year = ?")) {
                        ps.setLong(1, e.id());
                        ps.setString(2, nik);
                        ps.setInt(3, aidYear);
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                aid.add(rs.getString(1));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (newest[0] == null) {
            return Optional.empty();
        }
        Object[] p = newest[0];
        return Optional.of(new id.berdaya.domain.registry.PersonFacts(nik, (String) p[0], (String) p[1], (String) p[2],
                (LocalDate) p[3], (String) p[4], (String) p[5], (String) p[6], (String) p[7], (String) p[8], listings,
                aid, null));
    }

    /** The ids of the latest runs, newest first. */
    public List<Long> latestIds(int limit) {
        List<Long> ids = new ArrayList<>();
        query("SELECT id FROM targeting_run ORDER BY id DESC LIMIT " + limit, rs -> ids.add(rs.getLong(1)));
        return ids;
    }

    /** People screened so far (the progress of a running run). */
    public long screenedSoFar(long id) {
        long[] n = new long[1];
        query("SELECT COUNT(*) FROM targeting_result WHERE run_id = " + id, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    public long countCandidates(long runId, String districtCode) {
        long[] n = new long[1];
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM targeting_result WHERE run_id = ?"
                        + " AND candidate = TRUE" + (districtCode == null ? "" : " AND district_code = ?"))) {
            ps.setLong(1, runId);
            if (districtCode != null) {
                ps.setString(2, districtCode);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                n[0] = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return n[0];
    }

    /** Candidates ranked by score (highest first), then NIK; offset/limit for pages, or all with limit 0. */
    public void candidates(long runId, String districtCode, String villageCode, int offset, int limit,
            RowConsumer<CandidateRecord> consumer) {
        String sql = "SELECT t.nik, t.full_name, t.district_code, r.name, t.village_code, t.score, t.decision, t.to_check"
                + " FROM targeting_result t LEFT JOIN region r ON r.code = t.district_code"
                + " WHERE t.run_id = ? AND t.candidate = TRUE"
                + (districtCode == null ? "" : " AND t.district_code = ?")
                + (villageCode == null ? "" : " AND t.village_code = ?")
                + " ORDER BY t.score DESC, t.nik"
                + (limit > 0 ? " LIMIT " + limit + " OFFSET " + offset : "");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(1000);
            int p = 1;
            ps.setLong(p++, runId);
            if (districtCode != null) {
                ps.setString(p++, districtCode);
            }
            if (villageCode != null) {
                ps.setString(p, villageCode);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new CandidateRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A candidate with her rank in the whole run (1 = highest score), whatever the page is filtered or sorted by. */
    public record RankedCandidate(int rank, CandidateRecord candidate) {
    }

    /** The candidate list's sort keys, each a fixed SQL order; ties by rank. */
    public static final Map<String, String> CANDIDATE_ORDERS = Map.of(
            "rank", "c.candidate_rank",
            "name", "LOWER(c.full_name)",
            "district", "c.district_name",
            "village", "c.village_code");

    /**
     * One page of a run's candidates, optionally of one district and found by exact NIK or part of a
     * name, in an allow-listed order; each with her rank in the whole run (the intake link's rank).
     */
    public void candidatePage(long runId, String districtCode, ListSearch search, ListOrder order, int offset, int limit,
            RowConsumer<RankedCandidate> consumer) {
        String column = CANDIDATE_ORDERS.get(order.key());
        if (column == null) {
            throw new IllegalArgumentException("Not a sort key of the candidate list: " + order.key());
        }
        String sql = "SELECT c.nik, c.full_name, c.district_code, c.district_name, c.village_code, c.score, c.decision,"
                + " c.to_check, c.candidate_rank FROM (SELECT t.nik, t.full_name, t.district_code, r.name AS district_name,"
                + " t.village_code, t.score, t.decision, t.to_check,"
                + " ROW_NUMBER() OVER (ORDER BY t.score DESC, t.nik) AS candidate_rank"
                + " FROM targeting_result t LEFT JOIN region r ON r.code = t.district_code"
                + " WHERE t.run_id = ? AND t.candidate = TRUE) c WHERE 1 = 1"
                + (districtCode == null ? "" : " AND c.district_code = ?")
                + searchCondition("c.", search)
                + " ORDER BY " + column + (order.descending() ? " DESC" : " ASC")
                + (column.equals("c.candidate_rank") ? "" : " NULLS LAST, c.candidate_rank")
                + " LIMIT " + limit + " OFFSET " + offset;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int p = 1;
            ps.setLong(p++, runId);
            if (districtCode != null) {
                ps.setString(p++, districtCode);
            }
            bindSearch(ps, p, search);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new RankedCandidate(rs.getInt(9), new CandidateRecord(rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many candidates {@link #candidatePage} finds in all. */
    public long countCandidates(long runId, String districtCode, ListSearch search) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM targeting_result t WHERE t.run_id = ?"
                        + " AND t.candidate = TRUE" + (districtCode == null ? "" : " AND t.district_code = ?")
                        + searchCondition("t.", search))) {
            int p = 1;
            ps.setLong(p++, runId);
            if (districtCode != null) {
                ps.setString(p++, districtCode);
            }
            bindSearch(ps, p, search);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String searchCondition(String alias, ListSearch search) {
        if (search == null) {
            return "";
        }
        return search.isNik() ? " AND " + alias + "nik = ?"
                : " AND LOWER(" + alias + "full_name) LIKE ? ESCAPE '" + ListSearch.ESCAPE + "'";
    }

    private static void bindSearch(PreparedStatement ps, int index, ListSearch search) throws SQLException {
        if (search != null) {
            ps.setString(index, search.isNik() ? search.nik() : search.namePattern());
        }
    }

    // issue 22: the field app's candidate lists

    /** A candidate of one district for the field app: her rank in the whole run, the village's name, her lowest decile. */
    public record FieldCandidate(int rank, String nik, String fullName, String villageCode, String villageName,
            Integer decile, int score, String toCheck) {
    }

    /** The ids of the newest completed runs of a regency, newest first. */
    public List<Long> completedRunIds(String regencyCode, int limit) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM targeting_run WHERE regency_code = ?"
                        + " AND status = 'COMPLETED' ORDER BY id DESC LIMIT " + limit)) {
            ps.setString(1, regencyCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    /** The district a staff member works in (issue 19), if one is set. */
    public Optional<String> districtOf(String username) {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT district_code FROM app_user WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getString(1) != null) {
                    found.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found.stream().findFirst();
    }

    /** The best-ranked candidates of one district of a run (at most {@code limit}), rank first. */
    public void fieldCandidates(long runId, String districtCode, int limit, RowConsumer<FieldCandidate> consumer) {
        String sql = "SELECT c.candidate_rank, c.nik, c.full_name, c.village_code, v.name, c.score, c.to_check,"
                + " (SELECT MIN(p.decile) FROM registry_person p JOIN targeting_run_extract x ON x.extract_id = p.extract_id"
                + " WHERE x.run_id = ? AND p.nik = c.nik)"
                + " FROM (SELECT t.nik, t.full_name, t.district_code, t.village_code, t.score, t.to_check,"
                + " ROW_NUMBER() OVER (ORDER BY t.score DESC, t.nik) AS candidate_rank"
                + " FROM targeting_result t WHERE t.run_id = ? AND t.candidate = TRUE) c"
                + " LEFT JOIN region v ON v.code = c.village_code"
                + " WHERE c.district_code = ? ORDER BY c.candidate_rank LIMIT " + limit;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            ps.setLong(2, runId);
            ps.setString(3, districtCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new FieldCandidate(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(8, Integer.class), rs.getInt(6), rs.getString(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    public interface RowConsumer<T> {
        void accept(T row) throws SQLException;
    }

    private void query(String sql, RowConsumer<ResultSet> consumer) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                consumer.accept(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
