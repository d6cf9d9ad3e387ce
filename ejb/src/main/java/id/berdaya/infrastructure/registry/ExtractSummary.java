package id.berdaya.infrastructure.registry;

import id.berdaya.domain.registry.Registry;
import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The import's last step: the counts come from the stored rows themselves (so they are exact however
 * often the job was restarted), "unchanged" against the previous completed extract of the registry.
 */
@Named
@Dependent
public class ExtractSummary extends AbstractBatchlet {

    private static final String SAME_PERSON = "n.kk_number = o.kk_number AND n.full_name = o.full_name AND n.sex = o.sex"
            + " AND n.birth_date = o.birth_date AND n.marital_status = o.marital_status"
            + " AND n.family_relation = o.family_relation AND n.regency_code = o.regency_code"
            + " AND COALESCE(n.district_code, '') = COALESCE(o.district_code, '')"
            + " AND COALESCE(n.village_code, '') = COALESCE(o.village_code, '')"
            + " AND COALESCE(n.decile, 0) = COALESCE(o.decile, 0)";

    @Inject
    @BatchProperty
    private String extractId;

    @Inject
    private ExtractStore extracts;

    @Inject
    private StagedExtracts staged;

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    @Override
    public String process() throws Exception {
        long id = Long.parseLong(extractId);
        var extract = extracts.find(id).orElseThrow();
        boolean listing = extract.registry().format() == Registry.Format.LISTING;
        try (Connection c = dataSource.getConnection()) {
            long accepted = count(c, listing ? "SELECT COUNT(*) FROM registry_person WHERE extract_id = ?"
                    : "SELECT COUNT(*) FROM aid_receipt WHERE extract_id = ?", id);
            long rejected = count(c, "SELECT COUNT(*) FROM registry_rejection WHERE extract_id = ?", id);
            Long previous = previousExtract(c, extract.registry().name(), id);
            long unchanged = previous == null ? 0 : count(c, listing
                    ? "SELECT COUNT(*) FROM registry_person n JOIN registry_person o ON o.extract_id = " + previous
                            + " AND o.nik = n.nik WHERE n.extract_id = ? AND " + SAME_PERSON
                    : "SELECT COUNT(*) FROM aid_receipt n JOIN aid_receipt o ON o.extract_id = " + previous
                            + " AND o.nik = n.nik AND o.programme = n.programme AND o.aid_year = n.aid_year"
                            + " WHERE n.extract_id = ? AND n.full_name = o.full_name", id);
            try (PreparedStatement ps = c.prepareStatement("UPDATE registry_extract SET status = 'COMPLETED',"
                    + " read_count = ?, accepted_count = ?, rejected_count = ?, unchanged_count = ?, lines_done = ?,"
                    + " finished_at = ? WHERE id = ?")) {
                ps.setLong(1, accepted + rejected);
                ps.setLong(2, accepted);
                ps.setLong(3, rejected);
                ps.setLong(4, unchanged);
                ps.setLong(5, extract.dataLines());
                ps.setTimestamp(6, Timestamp.from(Instant.now()));
                ps.setLong(7, id);
                ps.executeUpdate();
            }
        }
        // The rows are in the database now; the staged copy of the upload is no longer needed.
        staged.discard(Path.of(extract.stagedFile()));
        return "COMPLETED";
    }

    /** The newest completed extract of the same registry before this one, or null. */
    static Long previousExtract(Connection c, String registry, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM registry_extract WHERE registry = ?"
                + " AND status = 'COMPLETED' AND id <> ? ORDER BY as_of DESC, id DESC")) {
            ps.setMaxRows(1);
            ps.setString(1, registry);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long count(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
