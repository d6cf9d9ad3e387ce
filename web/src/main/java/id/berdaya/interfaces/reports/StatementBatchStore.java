package id.berdaya.interfaces.reports;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The statement batches in the database (migration V21_70), by plain JDBC: inside the batch job's
 * chunk the connection joins the chunk's transaction, so a statement counts as printed exactly when
 * its letter and its checkpoint are committed.
 */
@ApplicationScoped
public class StatementBatchStore {

    /** A batch as stored; {@code status} is RUNNING, DONE or FAILED. */
    public record Row(String id, String owner, String districtCode, LocalDate asOf, StatementBatch.Format format,
            String status, int total, int done, String message, String verifyBase, Long jobExecution,
            Instant createdAt, Instant updatedAt, Instant finishedAt) {
    }

    /** One printed statement: its place in the batch (district, then loan), its loan and its letter. */
    public record Item(int position, long loanId, long letterId) implements java.io.Serializable {
    }

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    public void create(String id, String owner, String districtCode, LocalDate asOf, StatementBatch.Format format,
            String verifyBase) {
        Timestamp now = Timestamp.from(Instant.now());
        update("INSERT INTO statement_batch (id, owner, district_code, as_of, format, status, total, done, verify_base,"
                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'RUNNING', -1, 0, ?, ?, ?)", id, owner, districtCode,
                Date.valueOf(asOf), format.name(), verifyBase, now, now);
    }

    /** The job execution now working on the batch (a restart gives a new one): running again, no message. */
    public void running(String id, long jobExecution) {
        update("UPDATE statement_batch SET job_execution = ?, status = CASE WHEN status = 'DONE' THEN status"
                + " ELSE 'RUNNING' END, message = CASE WHEN status = 'DONE' THEN message ELSE NULL END,"
                + " updated_at = ? WHERE id = ?", jobExecution, Timestamp.from(Instant.now()), id);
    }

    public void total(String id, int total) {
        update("UPDATE statement_batch SET total = ?, updated_at = ? WHERE id = ?", total, Timestamp.from(Instant.now()), id);
    }

    /** Stores a chunk's statements and the new count (the count of the rows: exact whatever the restarts). */
    public void printed(String id, List<Item> items) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO statement_batch_item (batch_id, loan_id, position,"
                    + " letter_id) VALUES (?, ?, ?, ?)")) {
                for (Item item : items) {
                    ps.setString(1, id);
                    ps.setLong(2, item.loanId());
                    ps.setInt(3, item.position());
                    ps.setLong(4, item.letterId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE statement_batch SET done = (SELECT COUNT(*) FROM"
                    + " statement_batch_item WHERE batch_id = ?), updated_at = ? WHERE id = ?")) {
                ps.setString(1, id);
                ps.setTimestamp(2, Timestamp.from(Instant.now()));
                ps.setString(3, id);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Set<Long> printedLoans(String id) {
        Set<Long> loans = new HashSet<>();
        for (Item item : items(id)) {
            loans.add(item.loanId());
        }
        return loans;
    }

    /** The printed statements in the batch's order. */
    public List<Item> items(String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT position, loan_id, letter_id FROM statement_batch_item"
                        + " WHERE batch_id = ? ORDER BY position, loan_id")) {
            ps.setString(1, id);
            List<Item> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new Item(rs.getInt(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The result stored, then the batch done. A crash between the two leaves a file and a running batch:
     * the restarted job stores the file again.
     */
    public void finish(String id, byte[] content, int done) {
        update("DELETE FROM statement_batch_file WHERE batch_id = ?", id);
        update("INSERT INTO statement_batch_file (batch_id, content) VALUES (?, ?)", id, content);
        Timestamp now = Timestamp.from(Instant.now());
        update("UPDATE statement_batch SET status = 'DONE', done = ?, message = NULL, updated_at = ?, finished_at = ?"
                + " WHERE id = ?", done, now, now, id);
    }

    public void failed(String id, String message) {
        Timestamp now = Timestamp.from(Instant.now());
        update("UPDATE statement_batch SET status = 'FAILED', message = ?, updated_at = ?, finished_at = ?"
                + " WHERE id = ? AND status <> 'DONE'", message == null ? null : message.length() > 500
                        ? message.substring(0, 500) : message, now, now, id);
    }

    public Optional<byte[]> file(String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT content FROM statement_batch_file WHERE batch_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Row> find(String id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM statement_batch WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Newest first. */
    public List<Row> recent(int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM statement_batch ORDER BY created_at DESC, id")) {
            ps.setMaxRows(limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Forgets the batches beyond the newest {@code kept}: those that ended, and those left running for a
     * day (their node died and nobody restarted them). Their items and file go with them.
     */
    public void forgetBeyond(int kept, Instant abandonedBefore) {
        List<String> old = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id, status, updated_at FROM statement_batch"
                        + " ORDER BY created_at DESC, id")) {
            try (ResultSet rs = ps.executeQuery()) {
                int seen = 0;
                while (rs.next()) {
                    if (++seen > kept && (!"RUNNING".equals(rs.getString(2))
                            || rs.getTimestamp(3).toInstant().isBefore(abandonedBefore))) {
                        old.add(rs.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (String id : old) {
            update("DELETE FROM statement_batch_file WHERE batch_id = ?", id);
            update("DELETE FROM statement_batch_item WHERE batch_id = ?", id);
            update("DELETE FROM statement_batch WHERE id = ?", id);
        }
    }

    private static Row map(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Row(rs.getString("id"), rs.getString("owner"), rs.getString("district_code"),
                rs.getDate("as_of").toLocalDate(), StatementBatch.Format.valueOf(rs.getString("format")),
                rs.getString("status"), rs.getInt("total"), rs.getInt("done"), rs.getString("message"),
                rs.getString("verify_base"), rs.getObject("job_execution", Long.class),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    ps.setNull(i + 1, java.sql.Types.VARCHAR);
                } else if (params[i] instanceof byte[] bytes) {
                    ps.setBytes(i + 1, bytes);
                } else {
                    ps.setObject(i + 1, params[i]);
                }
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
