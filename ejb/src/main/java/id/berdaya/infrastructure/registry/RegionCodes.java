package id.berdaya.infrastructure.registry;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/** The district codes of a regency from the region reference table. */
@ApplicationScoped
public class RegionCodes {

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    public Set<String> districtsOf(String regencyCode) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT code FROM region WHERE parent_code = ? AND level = 'DISTRICT'")) {
            ps.setString(1, regencyCode);
            Set<String> codes = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return Set.copyOf(codes);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
