package id.berdaya.infrastructure.registry;

import id.berdaya.domain.registry.TargetingOutcome;
import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/** Stores a chunk of outcomes; a person already stored for the run (a replayed chunk) is skipped. */
@Named
@Dependent
public class OutcomeWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String runId;

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        if (items.isEmpty()) {
            return;
        }
        long run = Long.parseLong(runId);
        String first = ((TargetingOutcome) items.get(0)).nik();
        String last = ((TargetingOutcome) items.get(items.size() - 1)).nik();
        try (Connection c = dataSource.getConnection()) {
            Set<String> stored = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT nik FROM targeting_result WHERE run_id = ? AND nik BETWEEN ? AND ?")) {
                ps.setLong(1, run);
                ps.setString(2, first);
                ps.setString(3, last);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                    }
                }
            }
            List<Object[]> rows = new ArrayList<>();
            for (Object item : items) {
                TargetingOutcome o = (TargetingOutcome) item;
                if (!stored.contains(o.nik())) {
                    rows.add(new Object[] {run, o.nik(), o.fullName(), o.districtCode(), o.villageCode(), o.candidate(),
                            o.decision(), o.score(), String.join(",", o.failed()), String.join(",", o.toCheck())});
                }
            }
            MultiRowInsert.insert(c, "targeting_result", "run_id, nik, full_name, district_code, village_code, candidate,"
                    + " decision, score, failed, to_check", 10, rows);
        }
    }
}
