package id.berdaya.infrastructure.registry;

import id.berdaya.domain.registry.CandidateChange;
import id.berdaya.domain.shared.Nik;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What changed between two targeting runs of a regency (the later one over newer extracts): who
 * entered the candidate list, who left it and why, and which open applications' registry outcome
 * changed, so a supervisor re-screens them. Nothing is changed in the applications themselves.
 */
@ApplicationScoped
public class ChangeReportStore {

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    public List<CandidateChange> changes(long earlierRun, long laterRun) {
        List<CandidateChange> changes = new ArrayList<>();
        query("SELECT n.district_code, n.nik, n.full_name FROM targeting_result n WHERE n.run_id = ? AND n.candidate = TRUE"
                + " AND NOT EXISTS (SELECT 1 FROM targeting_result o WHERE o.run_id = ? AND o.nik = n.nik AND o.candidate = TRUE)"
                + " ORDER BY n.district_code, n.nik", laterRun, earlierRun,
                rs -> changes.add(new CandidateChange(rs.getString(1), Nik.of(rs.getString(2)).masked(), rs.getString(3), "ENTERED", List.of())));
        query("SELECT o.district_code, o.nik, o.full_name, n.failed, n.nik FROM targeting_result o"
                + " LEFT JOIN targeting_result n ON n.run_id = ? AND n.nik = o.nik"
                + " WHERE o.run_id = ? AND o.candidate = TRUE AND (n.nik IS NULL OR n.candidate = FALSE)"
                + " ORDER BY o.district_code, o.nik", laterRun, earlierRun,
                rs -> changes.add(new CandidateChange(rs.getString(1), Nik.of(rs.getString(2)).masked(), rs.getString(3), "LEFT",
                        rs.getString(5) == null ? List.of("MOVED") : List.of(rs.getString(4).split(",")))));
        // Open applications (not yet rejected or delivered) whose outcome over the registries changed.
        query("SELECT COALESCE(n.district_code, o.district_code), a.nik, a.full_name, COALESCE(n.failed, 'MOVED') FROM wrse_application a"
                + " JOIN targeting_result o ON o.run_id = ? AND o.nik = a.nik"
                + " LEFT JOIN targeting_result n ON n.run_id = ? AND n.nik = a.nik"
                + " WHERE a.open_key IS NOT NULL AND (n.nik IS NULL OR n.candidate <> o.candidate OR n.failed <> o.failed"
                + " OR n.to_check <> o.to_check OR n.score <> o.score) ORDER BY 1, a.nik", earlierRun, laterRun,
                rs -> changes.add(new CandidateChange(rs.getString(1), Nik.of(rs.getString(2)).masked(), rs.getString(3),
                        "RESCREEN", List.of(rs.getString(4).split(",")))));
        return changes;
    }

    private interface Rows {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, long a, long b, Rows rows) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
