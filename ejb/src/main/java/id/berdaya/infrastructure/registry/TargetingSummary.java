package id.berdaya.infrastructure.registry;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The run's last step: counts from the stored results (exact across restarts); an excluded person
 * counts under each criterion she fails.
 */
@Named
@Dependent
public class TargetingSummary extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String runId;

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    @Override
    public String process() throws Exception {
        long run = Long.parseLong(runId);
        long screened = 0;
        long candidates = 0;
        Map<String, Long> byCriterion = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT candidate, failed, COUNT(*) FROM targeting_result"
                    + " WHERE run_id = ? GROUP BY candidate, failed")) {
                ps.setLong(1, run);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long n = rs.getLong(3);
                        screened += n;
                        if (rs.getBoolean(1)) {
                            candidates += n;
                        }
                        for (String code : rs.getString(2).split(",")) {
                            if (!code.isEmpty()) {
                                byCriterion.merge(code, n, Long::sum);
                            }
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM targeting_run_criterion WHERE run_id = ?")) {
                ps.setLong(1, run);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO targeting_run_criterion (run_id, criterion, excluded_count) VALUES (?, ?, ?)")) {
                for (var e : byCriterion.entrySet()) {
                    ps.setLong(1, run);
                    ps.setString(2, e.getKey());
                    ps.setLong(3, e.getValue());
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE targeting_run SET status = 'COMPLETED', screened_count = ?,"
                    + " candidate_count = ?, excluded_count = ?, finished_at = ? WHERE id = ?")) {
                ps.setLong(1, screened);
                ps.setLong(2, candidates);
                ps.setLong(3, screened - candidates);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.setLong(5, run);
                ps.executeUpdate();
            }
        }
        return "COMPLETED";
    }
}
