package id.berdaya.infrastructure.migration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start, before anything else touches the database. The schema is
 * owned by the SQL migrations in {@code db/migration}; Hibernate only reads and writes rows.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/BerdayaDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        LOG.info(() -> "Berdaya database: " + describe(dataSource));
        Flyway flyway = Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineVersion("0")
                // Migrations are numbered by issue (V19_60, V22_61, ...), and work on several issues lands
                // together: a database that has V22_61 still takes a V17_60 that arrived with it.
                .outOfOrder(true)
                .load();
        if (flyway.info().current() == null && onlyJobRepositoryTables()) {
            // issue 16: the batch subsystem creates its job repository's tables when the server
            // starts, before this deployment; a new database is otherwise empty: start it at 0.
            flyway.baseline();
        }
        MigrateResult result = flyway.migrate();
        LOG.info(() -> String.format("Berdaya migrations: %d applied now, schema at version %s",
                result.migrationsExecuted, result.targetSchemaVersion == null
                        ? result.initialSchemaVersion : result.targetSchemaVersion));
    }

    private boolean onlyJobRepositoryTables() {
        java.util.Set<String> tables = new java.util.HashSet<>();
        try (Connection c = dataSource.getConnection();
                java.sql.ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
        return !tables.isEmpty()
                && java.util.Set.of("job_instance", "job_execution", "step_execution", "partition_execution").containsAll(tables);
    }

    private static String describe(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + meta.getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached: " + e.getMessage(), e);
        }
    }
}
