package id.berdaya.infrastructure.demo;

import id.berdaya.domain.security.Role;
import id.berdaya.domain.security.StaffUser;
import id.berdaya.domain.security.StaffUserRepository;
import id.berdaya.infrastructure.security.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Demo data for the README's Run command and the integration tests: loaded only when the server
 * runs with {@code -Dberdaya.demo=true}, and only into a database that has none yet. Never in
 * production. It writes through repositories, as the system, not through the secured services.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    static final String ENABLED_PROPERTY = "berdaya.demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    private StaffUserRepository users;

    @Inject
    private PasswordHasher passwordHasher;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void load() {
        if (!Boolean.getBoolean(ENABLED_PROPERTY)) {
            return;
        }
        if (users.findByUsername("admin").isPresent()) {
            LOG.info("Demo data already present");
            return;
        }
        String demo = passwordHasher.hash("demo".toCharArray());
        users.add(new StaffUser("petugas", demo, "Rina Wulandari", "198703122010012004", Set.of(Role.LOAN_OFFICER)));
        users.add(new StaffUser("kebijakan", demo, "Dewi Lestari, S.E.", "198105232006042009", Set.of(Role.POLICY_STAFF)));
        users.add(new StaffUser("keuangan", demo, "Sri Handayani, S.Ak.", "197912052005012011", Set.of(Role.FINANCE_STAFF)));
        users.add(new StaffUser("penyelia", demo, "Hj. Nurhayati, S.Sos.", "197206141998032007", Set.of(Role.SUPERVISOR)));
        // A second supervisor: overriding an ineligible decision takes two (issue 19).
        users.add(new StaffUser("penyelia2", demo, "Drs. Bambang Sutrisno", "197503021999031004", Set.of(Role.SUPERVISOR)));
        users.add(new StaffUser("admin", demo, "Administrator Sistem", null, Set.of(Role.ADMIN)));
        // issue 14: the one who may write free-form rule text (DRL); policy staff edit rules as data.
        users.add(new StaffUser("teknis", demo, "Bayu Pratama, S.Kom.", "199002142015031002",
                Set.of(Role.POLICY_STAFF, Role.RULE_TECHNICIAN)));
        // issue 22: a field officer who takes applications and collects at group meetings (the field app).
        StaffUser field = new StaffUser("lapangan", demo, "Yuliana Dewi", "199104182016042003",
                Set.of(Role.LOAN_OFFICER, Role.FINANCE_STAFF));
        field.assignArea("6402", "640205"); // her candidate lists in the field app: Muara Badak
        users.add(field);
        LOG.info("Demo data loaded: users petugas, kebijakan, keuangan, penyelia, penyelia2, admin, teknis, lapangan (password 'demo')");
    }
}
