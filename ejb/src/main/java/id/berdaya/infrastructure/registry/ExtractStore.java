package id.berdaya.infrastructure.registry;

import id.berdaya.domain.registry.Registry;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The registry_extract rows, by plain JDBC: the batch jobs write millions of rows beside them,
 * and an entity manager would only hold them in memory.
 */
@ApplicationScoped
public class ExtractStore {

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    /** An extract as stored (counts are null until the job completed). */
    public record ExtractRecord(long id, Registry registry, LocalDate asOf, String stagedFile, long dataLines,
            Long jobExecution, String status, long linesDone, Long read, Long accepted, Long rejected, Long unchanged,
            String uploadedBy, Instant uploadedAt, Instant finishedAt) {
    }

    public long create(Registry registry, LocalDate asOf, String stagedFile, long dataLines, String uploadedBy) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO registry_extract (registry, as_of, staged_file,"
                        + " data_lines, status, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, 'STARTED', ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, registry.name());
            ps.setDate(2, Date.valueOf(asOf));
            ps.setString(3, stagedFile);
            ps.setLong(4, dataLines);
            ps.setString(5, uploadedBy);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void setJobExecution(long id, long executionId) {
        update("UPDATE registry_extract SET job_execution = ?, status = 'STARTED' WHERE id = ?", executionId, id);
    }

    public void markStatus(long id, String status) {
        update("UPDATE registry_extract SET status = ? WHERE id = ? AND status <> 'COMPLETED'", status, id);
    }

    public Optional<ExtractRecord> find(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM registry_extract WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public java.util.List<ExtractRecord> latest(int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT * FROM registry_extract ORDER BY id DESC")) {
            ps.setMaxRows(limit);
            java.util.List<ExtractRecord> list = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(map(rs));
                }
            }
            return list;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the rejections as CSV line,column,reason, row by row from a cursor. */
    public void writeRejections(long id, Writer out) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT line_no, column_name, reason FROM registry_rejection"
                        + " WHERE extract_id = ? ORDER BY line_no")) {
            ps.setFetchSize(1000);
            ps.setLong(1, id);
            out.write("line,column,reason\n");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.write(rs.getLong(1) + "," + csv(rs.getString(2)) + "," + csv(rs.getString(3)) + "\n");
                }
            }
            out.flush();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private ExtractRecord map(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ExtractRecord(rs.getLong("id"), Registry.valueOf(rs.getString("registry")),
                rs.getDate("as_of").toLocalDate(), rs.getString("staged_file"), rs.getLong("data_lines"),
                (Long) rs.getObject("job_execution", Long.class), rs.getString("status"), rs.getLong("lines_done"),
                rs.getObject("read_count", Long.class), rs.getObject("accepted_count", Long.class),
                rs.getObject("rejected_count", Long.class), rs.getObject("unchanged_count", Long.class),
                rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                finished == null ? null : finished.toInstant());
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
